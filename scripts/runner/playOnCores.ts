/**
 * Many seeds on all cores: the seeds are split into runs of neighbours, the
 * first run is played on this thread while worker threads play the others,
 * and the records come back in seed order, so the summary is the one a
 * single thread would make. A thread is started only when it has enough
 * seeds to pay for loading the runner.
 */
import { availableParallelism } from 'node:os';
import { Worker } from 'node:worker_threads';
import type { Scenario } from '../../src/content/scenario';
import { type RunRecord, runRecord } from '../../src/sim/runSummary';
import { playSeeds, type RunnerJob, type SeedRange } from './playSeeds';

/** A worker thread takes about 30 ms to load the runner; a season takes about 3 ms. */
export const seedsPerThreadAtLeast = 20;

/** How many threads play this many seeds: the number asked for, or as many as pay on these cores. */
export function threadCount(seeds: number, cores: number, asked?: number): number {
  const wanted = asked ?? Math.min(cores, Math.floor(seeds / seedsPerThreadAtLeast));
  return Math.max(1, Math.min(wanted, seeds));
}

/** The seeds cut into this many runs of neighbours, as even as they go, in order. */
export function splitSeeds(seeds: SeedRange, parts: number): SeedRange[] {
  const count = seeds.to - seeds.from + 1;
  const runs: SeedRange[] = [];
  let from = seeds.from;
  for (let part = 0; part < parts; part += 1) {
    const size = Math.floor(count / parts) + (part < count % parts ? 1 : 0);
    runs.push({ from, to: from + size - 1 });
    from += size;
  }
  return runs;
}

function playInWorker(workerFile: string, job: RunnerJob): Promise<RunRecord[]> {
  return new Promise((resolve, reject) => {
    const worker = new Worker(workerFile, { workerData: job });
    worker.once('message', resolve);
    worker.once('error', reject);
    worker.once('exit', (code) =>
      reject(new Error(`a runner worker stopped (exit code ${code}) before it reported`)),
    );
  });
}

export async function playOnCores(
  scenario: Scenario,
  job: RunnerJob,
  workerFile: string,
  threads?: number,
): Promise<RunRecord[]> {
  const count = job.seeds.to - job.seeds.from + 1;
  const [mine, ...theirs] = splitSeeds(
    job.seeds,
    threadCount(count, availableParallelism(), threads),
  );
  const others = theirs.map((seeds) => playInWorker(workerFile, { ...job, seeds }));
  const here = playSeeds(scenario, { ...job, seeds: mine! }).map(runRecord);
  return [here, ...(await Promise.all(others))].flat();
}
