/**
 * The debrief's cost page in words: the ledger of wins and what they cost,
 * and the long-run score beside the roads not taken, with one line on how
 * the score is made. Tables for the DOM layer come from the same rows.
 */
import { type LongRunScore, type ScorePart, scoreParts, scoreWeights } from '../sim/longRunScore';
import type { LedgerWin, SeasonLedger } from '../sim/seasonLedger';
import type { DescriptionTable } from '../ui/DomLayer';
import { firstName, money, percent, plural, points } from '../ui/format';
import type { Road } from './roadsNotTaken';

export const scorePartNames: Record<ScorePart, string> = {
  capability: 'Capability',
  ownership: 'Ownership',
  morale: 'Morale',
  energy: 'Your energy',
  marginKept: 'Margin kept',
  bookings: 'Quota made',
};

/** How the score is made, in one line (each part's weight stands beside it). */
export const scoreRule =
  'What the season leaves (the team, your energy, the margin kept) counts three quarters, the share of quota booked one quarter, each part weighted as shown.';

export function ledgerLines(ledger: SeasonLedger, currency: string): string[] {
  const rescued = ledger.wins.filter((win) => win.concession !== undefined);
  return [
    `Booked ${money(ledger.bookings, currency)} in ${plural(ledger.wins.length, 'win')}. ${rescued.length === 0 ? 'None came through a rescue.' : `${rescued.length} came through rescues: ${money(ledger.throughRescues, currency)}, ${percent(ledger.rescueShare)} of bookings.`}`,
    `Given away: ${money(ledger.discountGiven, currency)} in discounts${
      ledger.freeServiceHours > 0
        ? ` and ${plural(ledger.freeServiceHours, 'hour')} of free services, which cost ${money(ledger.freeServiceCost, currency)}`
        : ', and no free services'
    }. Margin given: ${money(ledger.marginGiven, currency)}.`,
  ];
}

/** What was given away to win it: nothing, for the rep's own win. */
function givenAway(win: LedgerWin, currency: string): string {
  if (win.concession === undefined) return 'Nothing (own win)';
  if (win.discount > 0) return `Discount ${money(win.discount, currency)}`;
  if (win.freeServiceHours > 0)
    return `${win.freeServiceHours} h free, ${money(win.freeServiceCost, currency)}`;
  return 'Nothing (rescued)';
}

export function ledgerRow(win: LedgerWin, currency: string): string[] {
  return [
    win.customer,
    `${firstName(win.repName)}, W${win.week}`,
    givenAway(win, currency),
    money(win.booked, currency),
  ];
}

export const ledgerHead = ['Deal', 'Rep, week', 'Given away', 'Booked'];

export function costTables(
  ledger: SeasonLedger,
  score: LongRunScore,
  roads: readonly Road[],
  currency: string,
): DescriptionTable[] {
  return [
    {
      caption: `Won, but at what cost. ${ledgerLines(ledger, currency).join(' ')}`,
      head: ledgerHead,
      rows: ledger.wins.map((win) => ledgerRow(win, currency)),
      data: { debriefSection: 'ledger' },
    },
    {
      caption: `The long-run score: you ${score.score}, ${roads.map((road) => `${road.name.toLowerCase()} ${road.score.score}`).join(', ')}. How: ${scoreRule}`,
      head: ['Part', 'Weight', 'You', ...roads.map((road) => road.name)],
      rows: [
        ...scoreParts.map((part) => [
          scorePartNames[part],
          percent(scoreWeights[part]),
          points(score.parts[part]),
          ...roads.map((road) => points(road.score.parts[part])),
        ]),
        ['Score', '', String(score.score), ...roads.map((road) => String(road.score.score))],
      ],
      data: { debriefSection: 'score' },
    },
  ];
}
