/**
 * Many seasons on all cores: the jobs' seeds, taken in order, are cut into
 * as many runs of neighbours as there are threads; the first run is played
 * on this thread while worker threads play the others, and the records come
 * back in order, so every summary is the one a single thread would make. A
 * thread is started only when it has enough seasons to pay for loading the
 * runner.
 */
import { availableParallelism } from 'node:os';
import { Worker } from 'node:worker_threads';
import type { Scenario } from '../../src/content/scenario';
import type { RunRecord } from '../../src/sim/runSummary';
import { playSeeds, type RunnerJob } from './playSeeds';

/** A worker thread takes about 30 ms to load the runner and warm up; a season takes about 3 ms. */
export const seasonsPerThreadAtLeast = 20;

/** How many threads play this many seasons: the number asked for, or as many as pay on these cores. */
export function threadCount(seasons: number, cores: number, asked?: number): number {
  const wanted = asked ?? Math.min(cores, Math.floor(seasons / seasonsPerThreadAtLeast));
  return Math.max(1, Math.min(wanted, seasons));
}

const seasonsOf = (job: RunnerJob) => job.seeds.to - job.seeds.from + 1;

/** The jobs' seasons cut into this many shares of neighbours, as even as they go, in order. */
export function shareOut(jobs: readonly RunnerJob[], parts: number): RunnerJob[][] {
  const total = jobs.reduce((sum, job) => sum + seasonsOf(job), 0);
  const shares: RunnerJob[][] = [];
  let [at, next] = [0, jobs[0]?.seeds.from ?? 0];
  for (let part = 0; part < parts; part += 1) {
    const share: RunnerJob[] = [];
    let wanted = Math.floor(total / parts) + (part < total % parts ? 1 : 0);
    while (wanted > 0) {
      const job = jobs[at]!;
      const to = Math.min(job.seeds.to, next + wanted - 1);
      share.push({ ...job, seeds: { from: next, to } });
      wanted -= to - next + 1;
      next = to + 1;
      if (next > job.seeds.to) [at, next] = [at + 1, jobs[at + 1]?.seeds.from ?? 0];
    }
    shares.push(share);
  }
  return shares;
}

/** One thread's share played, its records in order. */
export function playShare(scenario: Scenario, share: readonly RunnerJob[]): RunRecord[] {
  return share.flatMap((job) => playSeeds(scenario, job));
}

function playInWorker(workerFile: string, share: RunnerJob[]): Promise<RunRecord[]> {
  return new Promise((resolve, reject) => {
    const worker = new Worker(workerFile, { workerData: share });
    worker.once('message', resolve);
    worker.once('error', reject);
    worker.once('exit', (code) =>
      reject(new Error(`a runner worker stopped (exit code ${code}) before it reported`)),
    );
  });
}

/** Plays the jobs (all of one scenario) and returns each job's records, in seed order. */
export async function playOnCores(
  scenario: Scenario,
  jobs: readonly RunnerJob[],
  workerFile: string,
  threads?: number,
): Promise<RunRecord[][]> {
  const total = jobs.reduce((sum, job) => sum + seasonsOf(job), 0);
  const [mine, ...theirs] = shareOut(jobs, threadCount(total, availableParallelism(), threads));
  const others = theirs.map((share) => playInWorker(workerFile, share));
  const records = [playShare(scenario, mine!), ...(await Promise.all(others))].flat();
  const starts = jobs.map((_, i) => jobs.slice(0, i).reduce((sum, job) => sum + seasonsOf(job), 0));
  return jobs.map((job, i) => records.slice(starts[i], starts[i]! + seasonsOf(job)));
}
