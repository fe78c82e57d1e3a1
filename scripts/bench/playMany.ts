/** Plays a batch of seasons, through the machines or on the pure model alone (the baseline). */
import { playSeason } from '../../src/machines/playSeason';
import { applyDecision } from '../../src/sim/decisions';
import { policies } from '../../src/sim/policies';
import { createSeason } from '../../src/sim/season';
import type { SeasonSetup } from '../../src/sim/setup';
import type { SeasonState } from '../../src/sim/state';
import type { PolicyName } from '../../src/sim/vocabulary';
import { advanceWeek } from '../../src/sim/week';

export interface Batch {
  policies: PolicyName[];
  seeds: { from: number; to: number };
  through: 'machines' | 'pure';
}

function playPure(setup: SeasonSetup, seed: number, policy: PolicyName): SeasonState {
  let state = createSeason(setup, seed);
  while (!state.ended) {
    for (let decision = policies[policy](state); decision; decision = policies[policy](state)) {
      const result = applyDecision(state, decision);
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
export function playMany(setup: SeasonSetup, batch: Batch): { seasons: number; checksum: number } {
  let seasons = 0;
  let checksum = 0;
  for (const policy of batch.policies) {
    for (let seed = batch.seeds.from; seed <= batch.seeds.to; seed += 1) {
      const state =
        batch.through === 'machines'
          ? playSeason(setup, seed, policies[policy]).state
          : playPure(setup, seed, policy);
      checksum += state.ledger.bookings;
      seasons += 1;
    }
  }
  return { seasons, checksum };
}
