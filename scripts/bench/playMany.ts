/** Plays a batch of seasons, through the machines or on the pure model alone (the baseline). */
import type { Scenario } from '../../src/content/scenario';
import { storyCoaching } from '../../src/content/storyCoaching';
import { playThroughMachine } from '../../src/machines/playThroughMachine';
import { playWithPolicy } from '../../src/sim/playWithPolicy';
import { policies } from '../../src/sim/policies';
import type { PolicyName } from '../../src/sim/vocabulary';

export interface Batch {
  policies: PolicyName[];
  seeds: { from: number; to: number };
  through: 'machines' | 'pure';
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
          ? playThroughMachine(scenario.setup, seed, policies[policy], prepare).state
          : playWithPolicy(scenario.setup, seed, policies[policy], prepare).state;
      checksum += state.ledger.bookings;
      seasons += 1;
    }
  }
  return { seasons, checksum };
}
