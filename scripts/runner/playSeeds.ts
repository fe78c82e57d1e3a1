/**
 * The runner's seasons: a scripted policy plays the pure model (src/sim)
 * seed by seed, with the scripted players' line rule for story deals
 * (src/content/storyCoaching); no season actor.
 */
import type { Scenario } from '../../src/content/scenario';
import { storyCoaching } from '../../src/content/storyCoaching';
import { type PlayedSeason, playWithPolicy } from '../../src/sim/playWithPolicy';
import { policies } from '../../src/sim/policies';
import type { SeasonState } from '../../src/sim/state';
import type { PolicyName } from '../../src/sim/vocabulary';

export interface SeedRange {
  from: number;
  to: number;
}

/** One batch of the runner's work: a policy over a range of seeds of one scenario. */
export interface RunnerJob {
  scenario: string;
  policy: PolicyName;
  seeds: SeedRange;
  weeks?: number;
}

export function playSeason(
  scenario: Scenario,
  policy: PolicyName,
  seed: number,
  weeks?: number,
): PlayedSeason {
  return playWithPolicy(scenario.setup, seed, policies[policy], storyCoaching(scenario), weeks);
}

export function playSeeds(scenario: Scenario, job: RunnerJob): SeasonState[] {
  const states: SeasonState[] = [];
  for (let seed = job.seeds.from; seed <= job.seeds.to; seed += 1) {
    states.push(playSeason(scenario, job.policy, seed, job.weeks).state);
  }
  return states;
}
