/**
 * npm run bench: the runner's speed, each figure beside its baseline or
 * target, all measured in one run. Figures are printed, never asserted.
 * 1. One core, the same seeds both ways: the pure model (the runner's path,
 *    the baseline) and the season machine (src/machines/playThroughMachine,
 *    the game's path).
 * 2. 3 policies × 200 seeds of `standard` on all cores, in one batch
 *    through the runner's threads (worker threads started included).
 * 3. The same as three whole `npm run simulate` processes, one after another.
 */
import { spawnSync } from 'node:child_process';
import { availableParallelism } from 'node:os';
import type { PolicyName } from '../src/sim/vocabulary';
import { type Batch, playMany } from './bench/playMany';
import type { RunnerCommand } from './runner/command';
import { playOnCores } from './runner/playOnCores';
import { shippedScenarios } from './runner/shippedScenarios';

const scenario = 'standard';
const benchPolicies: PolicyName[] = ['coach-early', 'rescue-late', 'balanced'];
const seeds = { from: 1, to: 200 };

const seconds = (ms: number) => `${(ms / 1000).toFixed(2)} s`;

function timed<T>(work: () => T): { ms: number; result: T } {
  const start = performance.now();
  const result = work();
  return { ms: performance.now() - start, result };
}

export const main: RunnerCommand = async (_argv, bundle) => {
  const standard = shippedScenarios().get(scenario)!.scenario;
  const play = (batch: Batch) => timed(() => playMany(standard, batch));

  // Warm up both paths so the JIT has settled before anything is timed.
  play({ policies: benchPolicies, seeds: { from: 1, to: 10 }, through: 'pure' });
  play({ policies: benchPolicies, seeds: { from: 1, to: 10 }, through: 'machines' });
  const sample = { policies: benchPolicies, seeds: { from: 101, to: 160 } };
  const pure = play({ ...sample, through: 'pure' });
  const machines = play({ ...sample, through: 'machines' });
  const rate = (run: typeof pure) => (run.result.seasons / run.ms) * 1000;
  console.log(`one core, the same ${pure.result.seasons} seasons of 26 weeks both ways:`);
  console.log(
    `  pure model (the runner, baseline)   ${rate(pure).toFixed(0).padStart(6)} seasons/s`,
  );
  console.log(
    `  season machine (the game's path)    ${rate(machines).toFixed(0).padStart(6)} seasons/s  (${(machines.ms / pure.ms).toFixed(2)}× the baseline's time)`,
  );

  const cores = availableParallelism();
  const start = performance.now();
  const jobs = benchPolicies.map((policy) => ({ scenario, policy, seeds }));
  await playOnCores(standard, jobs, bundle.workerFile);
  const compute = performance.now() - start;
  console.log(
    `\n3 policies × 200 seeds × 26 weeks on ${cores} cores, in one batch (this thread warm, the workers cold):`,
  );
  console.log(
    `  600 seasons in ${seconds(compute)} (target: under 1 s), worker threads started included`,
  );

  const processes = timed(() =>
    benchPolicies.map((policy) => {
      const run = spawnSync(
        'npm',
        [
          'run',
          '--silent',
          'simulate',
          '--',
          '--scenario',
          scenario,
          '--policy',
          policy,
          '--seeds',
          '1..200',
          '--json',
        ],
        { encoding: 'utf8' },
      );
      if (run.status !== 0) throw new Error(`npm run simulate failed: ${run.stderr.trim()}`);
      return run.stdout.length;
    }),
  );
  console.log('\nthe same as three whole `npm run simulate` processes, one after another:');
  console.log(`  ${seconds(processes.ms)} in all (target: under 3 s), npm's own start included`);
  return 0;
};
