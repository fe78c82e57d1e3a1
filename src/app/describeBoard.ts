/**
 * The week board in words, for screen-reader users (and for anyone checking
 * that a resumed game shows the same board): the quarter, the manager's
 * week, each rep, each stage's deals, and the inbox.
 */
import type { BoardView } from '../sim/selectors';
import { hours, money, plural, points } from '../ui/format';

export const inboxKindNames = {
  help: 'Asks for help',
  'coach-window': 'Coaching window',
  'going-south': 'Going south',
  'loss-to-review': 'Loss to review',
} as const;

export function describeBoard(view: BoardView): string[] {
  const { quarter, hours: h, currency } = view;
  const lines = [
    `Quarter ${quarter.quarter}, week ${quarter.weekInQuarter} of 13: bookings ${money(quarter.bookings, currency)} of ${money(quarter.quota, currency)} quota; discount given ${money(quarter.discountGiven, currency)}.`,
    `Your week: ${hours(h.capacity)} available; admin ${hours(h.admin)}, help asked ${hours(h.helpRequests)}, follow-up ${hours(h.followUp)}, your choices ${hours(h.committed)}, free ${hours(h.left)}. Energy ${points(h.energy)}.${h.burnedOut ? ' You are burned out.' : ''}${h.sickWeek ? ' You are off sick half of this week.' : ''}${h.backlog > 0 ? ` Backlog ${hours(h.backlog)}.` : ''}`,
  ];
  for (const rep of view.team) {
    const extras = [
      plural(rep.openDeals, 'open deal'),
      ...(rep.helpRequests > 0 ? [`asks for help ${plural(rep.helpRequests, 'time')}`] : []),
      ...(rep.lessonsToReview > 0
        ? [`${plural(rep.lessonsToReview, 'loss', 'losses')} to review`]
        : []),
      ...(rep.isNew ? ['new on the team'] : []),
    ];
    lines.push(
      `${rep.name}: capability ${points(rep.capability)}, ownership ${points(rep.ownership)}, morale ${points(rep.morale)}; ${extras.join('; ')}.`,
    );
  }
  for (const column of view.pipeline) {
    const deals = column.deals.map((deal) => {
      const notes = [
        money(deal.value, currency),
        deal.repName,
        ...(deal.atRisk ? ['at risk'] : []),
        ...(deal.rescued ? ['rescued'] : []),
        ...(deal.coachedThisStage ? ['coached in this stage'] : []),
        ...deal.warnings,
      ];
      return `${deal.customer} (${notes.join(', ')})`;
    });
    lines.push(`${column.name}: ${deals.length === 0 ? 'no deals' : deals.join('; ')}.`);
  }
  // The inbox: how many, then one line an item, in the board's order.
  lines.push(
    view.inbox.length === 0
      ? 'Inbox: nothing waiting.'
      : `Inbox: ${plural(view.inbox.length, 'item')} waiting.`,
    ...view.inbox.map(
      (item, index) =>
        `Inbox item ${index + 1}, ${inboxKindNames[item.kind].toLowerCase()}: ${item.title}`,
    ),
  );
  return lines;
}
