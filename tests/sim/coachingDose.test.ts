/**
 * Coaching at its published strength: the plan changes (the deal usually
 * slips a week while its odds rise), returns diminish past the dose, and a
 * rep coached on everything feels watched (the "always-on" manager).
 */
import { describe, expect, test } from 'vitest';
import { coach } from '../../src/sim/coaching';
import type { MoveResult } from '../../src/sim/result';
import type { SeasonState } from '../../src/sim/state';
import { dealOf, repOf, seasonWithDeal } from '../support/seasons';

function accepted(result: MoveResult): SeasonState {
  if (!result.ok) throw new Error(`rejected: ${result.message}`);
  return result.state;
}

/** Ana's coaching hours in the last four weeks set to `hours`, and the slip chance as given. */
function coachedBefore(hours: number, slipChance = 0) {
  const { state, deal } = seasonWithDeal('qualify');
  const reps = state.reps.map((rep) =>
    rep.id === 'ana' ? { ...rep, coachingHours: [hours, 0, 0, 0] } : rep,
  );
  const tuning = { ...state.tuning, coaching: { ...state.tuning.coaching, slipChance } };
  return { state: { ...state, reps, tuning }, deal };
}

describe('coaching a deal in its window', () => {
  test('changes the plan: with the slip certain, the stage takes a week longer', () => {
    const { state, deal } = coachedBefore(0, 1);
    const next = accepted(coach(state, { dealId: deal.id, style: 'ask' }));
    expect(dealOf(next, deal.id).stageWeeks).toBe(deal.stageWeeks + 1);
    const { state: noSlip } = coachedBefore(0, 0);
    expect(
      dealOf(accepted(coach(noSlip, { dealId: deal.id, style: 'ask' })), deal.id).stageWeeks,
    ).toBe(deal.stageWeeks);
  });

  test('within the dose builds ownership and morale; past it, returns diminish and they dip', () => {
    const within = coachedBefore(0);
    const past = coachedBefore(12);
    const afterWithin = accepted(coach(within.state, { dealId: within.deal.id, style: 'ask' }));
    const afterPast = accepted(coach(past.state, { dealId: past.deal.id, style: 'ask' }));
    const moved = (
      s: SeasonState,
      from: SeasonState,
      stock: 'capability' | 'ownership' | 'morale',
    ) => repOf(s, 'ana')[stock] - repOf(from, 'ana')[stock];
    expect(moved(afterPast, past.state, 'capability')).toBeLessThan(
      0.5 * moved(afterWithin, within.state, 'capability'),
    );
    expect(dealOf(afterPast, past.deal.id).quality - past.deal.quality).toBeLessThan(
      0.5 * (dealOf(afterWithin, within.deal.id).quality - within.deal.quality),
    );
    expect(moved(afterWithin, within.state, 'ownership')).toBeGreaterThan(0);
    expect(moved(afterWithin, within.state, 'morale')).toBeGreaterThan(0);
    expect(moved(afterPast, past.state, 'ownership')).toBeLessThan(0);
    expect(moved(afterPast, past.state, 'morale')).toBeLessThan(0);
  });
});
