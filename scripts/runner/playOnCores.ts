/**
 * Many seasons on all cores. The jobs' seeds are cut into small chunks of
 * neighbours; this thread and the worker threads each take the next chunk
 * not yet taken (one shared counter) until none is left, so a thread that
 * runs faster (warmed up, or less crowded) simply plays more of them. Every
 * chunk's records are put back in its place, so every summary is the one a
 * single thread would make. A thread is started only when it has enough
 * seasons to pay for loading the runner.
 */
import { availableParallelism } from 'node:os';
import { Worker } from 'node:worker_threads';
import type { Scenario } from '../../src/content/scenario';
import type { RunRecord } from '../../src/sim/runSummary';
import { playSeeds, type RunnerJob, type SeedRange } from './playSeeds';

/**
 * A worker thread takes about 30 ms to load the runner and longer to warm up,
 * and on this project's 2-core machine two threads give about a third more,
 * not twice: 200 seasons play faster on one thread (three such runs 2.4–2.5 s
 * against 3.0–3.1 s on two), 600 faster on two (1.55 s against 1.77 s).
 */
export const seasonsPerThreadAtLeast = 150;
/** Small enough that the threads finish close together, large enough that taking one costs nothing. */
export const seasonsPerChunk = 4;

/** How many threads play this many seasons: the number asked for, or as many as pay on these cores. */
export function threadCount(seasons: number, cores: number, asked?: number): number {
  const wanted = asked ?? Math.min(cores, Math.floor(seasons / seasonsPerThreadAtLeast));
  return Math.max(1, Math.min(wanted, seasons));
}

/** A run of neighbouring seeds of one job (its index in the jobs). */
export interface Chunk {
  job: number;
  seeds: SeedRange;
}

/** The jobs' seeds cut into chunks of at most `size` seeds, in order; a chunk never spans two jobs. */
export function cutIntoChunks(jobs: readonly RunnerJob[], size = seasonsPerChunk): Chunk[] {
  return jobs.flatMap(({ seeds }, job) =>
    Array.from({ length: Math.ceil((seeds.to - seeds.from + 1) / size) }, (_, i) => {
      const from = seeds.from + i * size;
      return { job, seeds: { from, to: Math.min(seeds.to, from + size - 1) } };
    }),
  );
}

/** What a worker thread is handed: the jobs, their chunks, and the counter of chunks taken. */
export interface WorkerShare {
  jobs: RunnerJob[];
  chunks: Chunk[];
  taken: Int32Array;
}

/** Takes chunks until none is left, and plays them: each chunk's number with its records. */
export function playChunks(scenario: Scenario, share: WorkerShare): [number, RunRecord[]][] {
  const played: [number, RunRecord[]][] = [];
  for (let at = Atomics.add(share.taken, 0, 1); at < share.chunks.length; ) {
    const chunk = share.chunks[at]!;
    played.push([at, playSeeds(scenario, { ...share.jobs[chunk.job]!, seeds: chunk.seeds })]);
    at = Atomics.add(share.taken, 0, 1);
  }
  return played;
}

function playInWorker(workerFile: string, share: WorkerShare): Promise<[number, RunRecord[]][]> {
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
  const chunks = cutIntoChunks(jobs);
  const share: WorkerShare = {
    jobs: [...jobs],
    chunks,
    taken: new Int32Array(new SharedArrayBuffer(Int32Array.BYTES_PER_ELEMENT)),
  };
  const seasons = jobs.reduce((sum, job) => sum + job.seeds.to - job.seeds.from + 1, 0);
  const workers = threadCount(seasons, availableParallelism(), threads) - 1;
  const others = Array.from({ length: workers }, () => playInWorker(workerFile, share));
  const played = [playChunks(scenario, share), ...(await Promise.all(others))].flat();
  const byChunk: RunRecord[][] = [];
  for (const [at, records] of played) byChunk[at] = records;
  return jobs.map((_, job) =>
    chunks.flatMap((chunk, at) => (chunk.job === job ? byChunk[at]! : [])),
  );
}
