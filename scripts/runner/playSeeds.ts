/**
 * The runner's seasons: a scripted policy plays the pure model (src/sim)
 * seed by seed, with the scripted players' line rule for story deals
 * (src/content/storyCoaching); no season actor.
 */
import type { Scenario } from '../../src/content/scenario';
import { storyCoaching } from '../../src/content/storyCoaching';
import { type PlayedSeason, playWithPolicy } from '../../src/sim/playWithPolicy';
import { policies } from '../../src/sim/policies';
import { type RunRecord, runRecord } from '../../src/sim/runSummary';
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

/**
 * The job's seasons, each kept as its run record only: a whole season's log
 * is let go as soon as it is played (keeping hundreds of them alive made the
 * garbage collector copy them over and over).
 */
export function playSeeds(scenario: Scenario, job: RunnerJob): RunRecord[] {
  const records: RunRecord[] = [];
  for (let seed = job.seeds.from; seed <= job.seeds.to; seed += 1) {
    records.push(runRecord(playSeason(scenario, job.policy, seed, job.weeks).state));
  }
  return records;
}
