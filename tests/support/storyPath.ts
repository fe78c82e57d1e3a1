/**
 * A story deal played through its whole life on the pure model: coached
 * along given lines in its first week, left to run until its crisis, rescued
 * along given call lines, then the weeks until it is decided. The first seed
 * on which the deal is lost early enough to be reviewed is the one the tests
 * play, so the path holds whatever the model's draws.
 */
import { applyDecision, type Decision } from '../../src/sim/decisions';
import { createSeason } from '../../src/sim/season';
import type { SeasonSetup } from '../../src/sim/setup';
import type { SeasonState } from '../../src/sim/state';

export interface StoryPath {
  seed: number;
  /** Every decision of the path, from week 1 to the review week's opening. */
  decisions: Decision[];
  /** The decisions up to the opening of the crisis week. */
  toCrisis: Decision[];
  crisisWeek: number;
  /** The week the loss can be reviewed. */
  reviewWeek: number;
  state: SeasonState;
}

export function lostStoryPath(
  setup: SeasonSetup,
  dealId: string,
  coachLines: number[],
  callLines: number[],
  seeds = 400,
): StoryPath {
  for (let seed = 1; seed <= seeds; seed += 1) {
    let state = createSeason(setup, seed);
    const decisions: Decision[] = [];
    const take = (decision: Decision) => {
      const result = applyDecision(state, decision);
      if (!result.ok) throw new Error(`seed ${seed}: ${result.message}`);
      state = result.state;
      decisions.push(decision);
    };
    const deal = () => state.deals.find((d) => d.id === dealId);
    if (!deal()) continue;
    take({ type: 'deal.coach', week: state.week, dealId, lines: coachLines });
    while (!state.ended && deal()!.storySoFar?.crisisWeek !== state.week) {
      if (deal()!.status === 'won' || deal()!.status === 'lost' || deal()!.rescue) break;
      take({ type: 'week.advance', week: state.week });
    }
    const found = deal()!;
    if (state.ended || found.storySoFar?.crisisWeek !== state.week || found.rescue) continue;
    const crisisWeek = state.week;
    const toCrisis = [...decisions];
    take({ type: 'deal.rescue', week: state.week, dealId, lines: callLines });
    while (!state.ended && deal()!.status !== 'lost' && deal()!.status !== 'won')
      take({ type: 'week.advance', week: state.week });
    // The week that decided it has ended: the lesson of the loss waits in this week's inbox.
    if (state.ended || deal()!.status !== 'lost') continue;
    return { seed, decisions, toCrisis, crisisWeek, reviewWeek: state.week, state };
  }
  throw new Error(`no seed up to ${seeds} loses ${dealId} after a rescue with time to review it`);
}
