/** Builders for season states in tests: a fresh season, and one with a deal placed where a test needs it. */
import { createSeason } from '../../src/sim/season';
import type { Deal, SeasonState } from '../../src/sim/state';
import type { DealStage } from '../../src/sim/vocabulary';
import { advanceWeek } from '../../src/sim/week';
import { makeSetup } from './setups';

export function makeSeason(seed = 1): SeasonState {
  return createSeason(makeSetup(), seed);
}

/** A season with one known deal of Ana's in the given stage, added by hand. */
export function seasonWithDeal(
  stage: DealStage,
  fields: Partial<Deal> = {},
  seed = 1,
): { state: SeasonState; deal: Deal } {
  const state = makeSeason(seed);
  const deal: Deal = {
    id: 'deal-test',
    customer: 'Testco',
    repId: 'ana',
    value: 50_000,
    status: stage,
    weeksInStage: 0,
    stageWeeks: 2,
    quality: 0.4,
    weakIdea: 'champion',
    signals: ['champion', 'value'],
    coachedIn: [],
    discount: 0,
    freeServiceHours: 0,
    createdWeek: 1,
    helpRequests: 0,
    ...fields,
  };
  return { state: { ...state, deals: [...state.deals, deal] }, deal };
}

export function repOf(state: SeasonState, id: string) {
  const rep = state.reps.find((r) => r.id === id);
  if (!rep) throw new Error(`no rep ${id}`);
  return rep;
}

export function dealOf(state: SeasonState, id: string) {
  const deal = state.deals.find((d) => d.id === id);
  if (!deal) throw new Error(`no deal ${id}`);
  return deal;
}

/** Spends the week's free hours so that nothing else fits. */
export function withNoHoursLeft(state: SeasonState): SeasonState {
  return { ...state, manager: { ...state.manager, committedHours: 500 } };
}

/** The state after ending this many weeks with no decisions. */
export function weeksPlayed(state: SeasonState, count: number): SeasonState {
  let next = state;
  for (let i = 0; i < count; i += 1) {
    const result = advanceWeek(next);
    if (!result.ok) throw new Error(result.message);
    next = result.state;
  }
  return next;
}
