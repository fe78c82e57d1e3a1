/**
 * npm run bench: how fast the headless runner plays seasons through the real
 * machines, beside the pure model alone measured in the same run (the
 * baseline), and the wall time for 3 policies × 200 seeds × 26 weeks on all
 * cores. Figures are printed, never asserted.
 */
import { availableParallelism } from 'node:os';
import { Worker } from 'node:worker_threads';
import type { PolicyName } from '../src/sim/vocabulary';
import { buildWorker } from './bench/buildWorker';
import { type Batch, playMany } from './bench/playMany';
import { shippedScenarios } from './runner/shippedScenarios';

const scenario = 'standard';
const benchPolicies: PolicyName[] = ['coach-early', 'rescue-late', 'balanced'];
const standard = shippedScenarios().get(scenario)!;

function timed(batch: Batch): { ms: number; seasons: number } {
  const start = performance.now();
  const { seasons } = playMany(standard, batch);
  return { ms: performance.now() - start, seasons };
}

function runWorker(file: string, batch: Batch): Promise<{ seasons: number }> {
  return new Promise((resolve, reject) => {
    // The scenario goes over already checked: workers play, they do not parse.
    const worker = new Worker(file, { workerData: { scenario: standard, batch } });
    worker.once('message', resolve);
    worker.once('error', reject);
  });
}

// Warm up both paths so the JIT has settled before anything is timed.
playMany(standard, { policies: benchPolicies, seeds: { from: 1, to: 10 }, through: 'pure' });
playMany(standard, { policies: benchPolicies, seeds: { from: 1, to: 10 }, through: 'machines' });

const sample = { policies: benchPolicies, seeds: { from: 101, to: 160 } };
const pure = timed({ ...sample, through: 'pure' });
const machines = timed({ ...sample, through: 'machines' });
const rate = (r: { ms: number; seasons: number }) => (r.seasons / r.ms) * 1000;

console.log(`one core, ${pure.seasons} seasons of 26 weeks each:`);
console.log(`  pure model (baseline)   ${rate(pure).toFixed(0).padStart(6)} seasons/s`);
console.log(
  `  through the machines    ${rate(machines).toFixed(0).padStart(6)} seasons/s  (${(machines.ms / pure.ms).toFixed(2)}× the baseline's time)`,
);

const workerFile = await buildWorker();
const cores = Math.max(1, availableParallelism());
const seedsPerCore = Math.ceil(200 / cores);
const start = performance.now();
const batches: Batch[] = [];
for (let core = 0; core < cores; core += 1) {
  const from = 1 + core * seedsPerCore;
  const to = Math.min(200, from + seedsPerCore - 1);
  if (from <= to)
    batches.push({ policies: benchPolicies, seeds: { from, to }, through: 'machines' });
}
const results = await Promise.all(batches.map((batch) => runWorker(workerFile, batch)));
const wall = performance.now() - start;
const played = results.reduce((sum, r) => sum + r.seasons, 0);
console.log(`\n3 policies × 200 seeds × 26 weeks through the machines on ${cores} cores:`);
console.log(
  `  ${played} seasons in ${(wall / 1000).toFixed(2)} s (target: under 2 s), worker start-up included`,
);
