/** Plays a batch of seasons, through the machines or on the pure model alone (the baseline). */
import type { Scenario } from '../../src/content/scenario';
import { storyCoaching } from '../../src/content/storyCoaching';
import { playSeason } from '../../src/machines/playSeason';
import { applyDecision, type Decision } from '../../src/sim/decisions';
import { policies } from '../../src/sim/policies';
import { createSeason } from '../../src/sim/season';
import type { SeasonState } from '../../src/sim/state';
import type { PolicyName } from '../../src/sim/vocabulary';
import { advanceWeek } from '../../src/sim/week';

export interface Batch {
  policies: PolicyName[];
  seeds: { from: number; to: number };
  through: 'machines' | 'pure';
}

type Prepare = (decision: Decision, state: SeasonState) => Decision;

function playPure(
  scenario: Scenario,
  seed: number,
  policy: PolicyName,
  prepare: Prepare,
): SeasonState {
  let state = createSeason(scenario.setup, seed);
  while (!state.ended) {
    for (let decision = policies[policy](state); decision; decision = policies[policy](state)) {
      const result = applyDecision(state, prepare(decision, state));
      if (!result.ok) throw new Error(result.message);
      state = result.state;
    }
    const result = advanceWeek(state);
    if (!result.ok) throw new Error(result.message);
    state = result.state;
  }
  return state;
}

/** Plays the batch and returns how many seasons it played (and a checksum so nothing is optimised away). */
export function playMany(scenario: Scenario, batch: Batch): { seasons: number; checksum: number } {
  const prepare = storyCoaching(scenario);
  let seasons = 0;
  let checksum = 0;
  for (const policy of batch.policies) {
    for (let seed = batch.seeds.from; seed <= batch.seeds.to; seed += 1) {
      const state =
        batch.through === 'machines'
          ? playSeason(scenario.setup, seed, policies[policy], { prepare }).state
          : playPure(scenario, seed, policy, prepare);
      checksum += state.ledger.bookings;
      seasons += 1;
    }
  }
  return { seasons, checksum };
}
