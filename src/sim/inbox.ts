/**
 * The week's inbox: the decisions the board offers, in order. Fresh losses to
 * review, requests for help, late deals going south, and coaching windows
 * (deals that just entered a stage where coaching can still shape them; at
 * most a few a week, story deals first, then earliest stage and biggest, so a careful manager
 * faces a handful of decisions). Late deals going south show
 * the week they enter their stage with warnings. A deal the manager already
 * chose on this week leaves the inbox. The same list drives the board and the runner's count.
 */
import { hasOpenRequest } from './coaching';
import { isAtRisk, isLate, isOpen, stageIndex } from './deals';
import type { Deal, SeasonState } from './state';
import { inCrisisNow } from './storyBeats';

export const inboxKinds = ['loss-to-review', 'help', 'going-south', 'coach-window'] as const;
export type InboxKind = (typeof inboxKinds)[number];

export interface InboxEntry {
  kind: InboxKind;
  dealId: string;
}

/** Coaching windows the inbox shows in a week, at most. */
export const coachWindowsShown = 2;

export function inboxEntries(state: SeasonState): InboxEntry[] {
  const entries: InboxEntry[] = [];
  for (const rep of state.reps) {
    if (!rep.active) continue;
    for (const lesson of rep.lessons) {
      if (state.deals.some((d) => d.id === lesson.dealId))
        entries.push({ kind: 'loss-to-review', dealId: lesson.dealId });
    }
  }
  const handled = new Set(
    state.log
      .filter(
        (entry) =>
          entry.kind === 'coached' || entry.kind === 'rescued' || entry.kind === 'stayedOut',
      )
      .map((entry) => entry.subject),
  );
  const windows: Deal[] = [];
  for (const deal of state.deals) {
    if (!isOpen(deal) || handled.has(deal.id)) continue;
    if (hasOpenRequest(deal)) entries.push({ kind: 'help', dealId: deal.id });
    else if (isLate(deal) && isAtRisk(deal, state.tuning) && !deal.rescue) {
      // News, not a nag: a late deal shows as going south the week it enters its stage with warnings.
      if (deal.weeksInStage === 0 || inCrisisNow(state, deal))
        entries.push({ kind: 'going-south', dealId: deal.id });
    } else if (isLate(deal) && !deal.rescue && inCrisisNow(state, deal)) {
      // A story's crisis is news even when the warnings do not show it.
      entries.push({ kind: 'going-south', dealId: deal.id });
    } else if (!isLate(deal) && !deal.coachedIn.includes(deal.status) && deal.weeksInStage === 0)
      windows.push(deal);
  }
  // A story deal's window always shows: its conversation is written for this moment.
  windows.sort(
    (a, b) =>
      Number(Boolean(b.storyId)) - Number(Boolean(a.storyId)) ||
      stageIndex(a.status) - stageIndex(b.status) ||
      b.value - a.value,
  );
  for (const deal of windows.slice(0, coachWindowsShown))
    entries.push({ kind: 'coach-window', dealId: deal.id });
  return entries;
}

/** Decisions the inbox offers now: the one count the board and the runner share. */
export function inboxSize(state: SeasonState): number {
  return inboxEntries(state).length;
}
