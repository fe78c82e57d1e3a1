/**
 * A season played on the pure model alone by a scripted policy, without the
 * machines: the benchmark's baseline and the tests' reference for what the
 * machines must reproduce exactly. The game and the runner use the machines.
 */
import type { Decision } from './decisions';
import { applyDecision } from './decisions';
import type { Policy } from './policies';
import { createSeason } from './season';
import type { SeasonSetup } from './setup';
import type { SeasonState } from './state';
import { advanceWeek } from './week';

export type PrepareDecision = (decision: Decision, state: SeasonState) => Decision;

export function playWithPolicy(
  setup: SeasonSetup,
  seed: number,
  policy: Policy,
  prepare: PrepareDecision = (decision) => decision,
): SeasonState {
  let state = createSeason(setup, seed);
  while (!state.ended) {
    for (let decision = policy(state); decision; decision = policy(state)) {
      const result = applyDecision(state, prepare(decision, state));
      if (!result.ok)
        throw new Error(
          `the policy chose a move the sim rejected in week ${state.week}: ${result.message}`,
        );
      state = result.state;
    }
    const result = advanceWeek(state);
    if (!result.ok) throw new Error(result.message);
    state = result.state;
  }
  return state;
}
