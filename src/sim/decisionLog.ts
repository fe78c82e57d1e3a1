/**
 * The decision log: every choice of the session with its week, deal and rep,
 * the hours it took, what it did to the people at once, and how its deal
 * ended. Made by replaying the decisions (the log is the truth), so each
 * entry's figures are exactly what the move did when it was made.
 */

import { decisionEffects, type PersonEffect } from './decisionEffects';
import { applyDecision, type Decision } from './decisions';
import { hoursSpokenFor } from './hours';
import { createSeason } from './season';
import type { SeasonSetup } from './setup';
import type { SeasonState } from './state';

/** What a logged choice was, as the log names it. */
export const loggedKinds = ['coach', 'rescue', 'review', 'handBack', 'stayOut', 'letGo'] as const;
export type LoggedKind = (typeof loggedKinds)[number];

export const loggedKindNames: Record<LoggedKind, string> = {
  coach: 'Coached',
  rescue: 'Rescued',
  review: 'Reviewed',
  handBack: 'Handed back',
  stayOut: 'Stayed out',
  letGo: 'Let go',
};

/** The same, short enough for a filter button. */
export const loggedKindShort: Record<LoggedKind, string> = {
  coach: 'Coach',
  rescue: 'Rescue',
  review: 'Review',
  handBack: 'Hand back',
  stayOut: 'Stay out',
  letGo: 'Let go',
};

export interface DecisionLogEntry {
  /** The choice's number in the season, from 1 (weeks' ends not counted). */
  number: number;
  week: number;
  kind: LoggedKind;
  dealId: string;
  customer: string;
  repId: string;
  repName: string;
  /** The manager's hours it took: this week's, plus any follow-up next week, less any it freed. */
  hours: number;
  /** What it did to the reps' stocks, at once. */
  effects: PersonEffect[];
  /** How the deal ended, by the end of what was played: won, lost, or still open. */
  ending: { status: 'won' | 'lost' | 'open'; week?: number; discount: number };
}

const hoursTaken = (state: SeasonState) =>
  hoursSpokenFor(state) + state.manager.committedHours + state.manager.followUpNextWeek;

function kindOf(
  decision: Exclude<Decision, { type: 'week.advance' }>,
  detail?: string,
): LoggedKind {
  switch (decision.type) {
    case 'deal.coach':
      return 'coach';
    case 'deal.rescue':
      return 'rescue';
    case 'loss.review':
      return 'review';
    case 'deal.stayOut':
      return detail === 'handedBack' ? 'handBack' : detail === 'lesson' ? 'letGo' : 'stayOut';
  }
}

export function decisionLog(
  setup: SeasonSetup,
  seed: number,
  decisions: readonly Decision[],
): DecisionLogEntry[] {
  let state = createSeason(setup, seed);
  const entries: DecisionLogEntry[] = [];
  for (const decision of decisions) {
    const result = applyDecision(state, decision);
    if (!result.ok) break;
    if (decision.type !== 'week.advance') {
      const deal = result.state.deals.find((d) => d.id === decision.dealId);
      const rep = result.state.reps.find((r) => r.id === deal?.repId);
      const noted = result.effects.find(
        (entry) => entry.subject === decision.dealId && entry.kind !== 'stock',
      );
      entries.push({
        number: entries.length + 1,
        week: decision.week,
        kind: kindOf(decision, noted?.detail),
        dealId: decision.dealId,
        customer: deal?.customer ?? decision.dealId,
        repId: rep?.id ?? '',
        repName: rep?.name ?? '',
        hours: hoursTaken(result.state) - hoursTaken(state),
        effects: decisionEffects(result.state, result.effects),
        ending: { status: 'open', discount: 0 },
      });
    }
    state = result.state;
  }
  // How each deal ended, from where the season stands now.
  for (const entry of entries) {
    const deal = state.deals.find((d) => d.id === entry.dealId);
    if (deal?.status === 'won' || deal?.status === 'lost') {
      entry.ending = {
        status: deal.status,
        ...(deal.closedWeek === undefined ? {} : { week: deal.closedWeek }),
        discount: deal.discount,
      };
    }
  }
  return entries;
}
