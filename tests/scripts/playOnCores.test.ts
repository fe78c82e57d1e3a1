/** Many seasons on all cores: threads take chunks of seeds as they go, and the result is the single thread's. */
import { resolve } from 'node:path';
import { Worker } from 'node:worker_threads';
import { describe, expect, test } from 'vitest';
import {
  cutIntoChunks,
  playChunks,
  playOnCores,
  threadCount,
} from '../../scripts/runner/playOnCores';
import type { RunnerJob } from '../../scripts/runner/playSeeds';
import { shippedScenarios } from '../../scripts/runner/shippedScenarios';
import { sourceFingerprint } from '../../scripts/runner/sourceFingerprint.mjs';
import type { PolicyName } from '../../src/sim/vocabulary';
import { runCommand } from './support/runCommand';

describe('cutIntoChunks', () => {
  const job = (policy: PolicyName, from: number, to: number): RunnerJob => ({
    scenario: 'standard',
    policy,
    seeds: { from, to },
  });

  test.each([
    [[job('balanced', 1, 4)], 4, [{ job: 0, seeds: { from: 1, to: 4 } }]],
    [
      [job('balanced', 1, 10)],
      4,
      [
        { job: 0, seeds: { from: 1, to: 4 } },
        { job: 0, seeds: { from: 5, to: 8 } },
        { job: 0, seeds: { from: 9, to: 10 } },
      ],
    ],
    [
      [job('myopic', 5, 7), job('hands-off', 1, 2)],
      2,
      [
        { job: 0, seeds: { from: 5, to: 6 } },
        { job: 0, seeds: { from: 7, to: 7 } },
        { job: 1, seeds: { from: 1, to: 2 } },
      ],
    ],
  ])('%j in chunks of %i', (jobs, size, chunks) => {
    expect(cutIntoChunks(jobs, size)).toEqual(chunks);
  });

  test('cuts 3 policies × 200 seeds into chunks that cover every seed once, in order', () => {
    const jobs = [job('coach-early', 1, 200), job('rescue-late', 1, 200), job('balanced', 1, 200)];
    const seeds = cutIntoChunks(jobs).flatMap(({ job, seeds }) =>
      Array.from({ length: seeds.to - seeds.from + 1 }, (_, i) => `${job}:${seeds.from + i}`),
    );
    expect(seeds).toEqual(
      jobs.flatMap((_, job) => Array.from({ length: 200 }, (_, i) => `${job}:${i + 1}`)),
    );
  });
});

describe('playChunks', () => {
  test('plays the chunks no other thread has taken, each under its number', () => {
    const standard = shippedScenarios().get('standard')!.scenario;
    const jobs: RunnerJob[] = [
      { scenario: 'standard', policy: 'balanced', seeds: { from: 1, to: 3 }, weeks: 1 },
    ];
    const taken = new Int32Array(new SharedArrayBuffer(4));
    taken[0] = 1;
    const played = playChunks(standard, { jobs, chunks: cutIntoChunks(jobs, 1), taken });
    expect(played.map(([at, records]) => [at, records.length])).toEqual([
      [1, 1],
      [2, 1],
    ]);
    expect(taken[0]).toBeGreaterThanOrEqual(3);
  });
});

describe('threadCount', () => {
  test.each([
    [1, 2, undefined, 1],
    [30, 2, undefined, 1],
    [200, 2, undefined, 1],
    [600, 2, undefined, 2],
    [1200, 8, undefined, 8],
    [10, 2, 4, 4],
    [3, 2, 8, 3],
  ])('%i seeds on %i cores, %s asked: %i threads', (seeds, cores, asked, threads) => {
    expect(threadCount(seeds, cores, asked)).toBe(threads);
  });
});

describe('playOnCores', () => {
  const standard = shippedScenarios().get('standard')!.scenario;
  const jobs: RunnerJob[] = [
    { scenario: 'standard', policy: 'balanced', seeds: { from: 1, to: 2 }, weeks: 2 },
    { scenario: 'standard', policy: 'myopic', seeds: { from: 4, to: 6 }, weeks: 2 },
  ];

  test('plays every season on this thread when one thread is asked for, each job’s records apart', async () => {
    const records = await playOnCores(standard, jobs, 'no-such-worker.mjs', 1);
    expect(records.map((job) => job.length)).toEqual([2, 3]);
  });

  test('hands seasons to worker threads when more are asked for', async () => {
    await expect(playOnCores(standard, jobs, 'no-such-worker.mjs', 2)).rejects.toThrow();
  });

  test('a worker thread plays the chunks it takes exactly as this thread does', async () => {
    expect(runCommand('replay', '--version').status).toBe(2); // builds the bundle if it is stale
    const workerFile = resolve(
      'node_modules/.cache/coach-or-rescue-runner',
      sourceFingerprint(process.cwd()),
      'worker.mjs',
    );
    const share = () => ({
      jobs,
      chunks: cutIntoChunks(jobs, 2),
      taken: new Int32Array(new SharedArrayBuffer(4)),
    });
    const inWorker = await new Promise((resolve, reject) => {
      const worker = new Worker(workerFile, { workerData: share() });
      worker.once('message', resolve);
      worker.once('error', reject);
    });
    expect(inWorker).toEqual(playChunks(standard, share()));
  });

  test('worker threads print exactly what one thread prints', () => {
    const run = (...threads: string[]) =>
      runCommand('simulate', '--policy', 'coach-early', '--seeds', '11..90', '--json', ...threads);
    const single = run('--threads', '1');
    expect(single.status).toBe(0);
    expect(JSON.parse(single.stdout).runs).toBe(80);
    expect(run('--threads', '3').stdout).toBe(single.stdout);
    expect(run().stdout).toBe(single.stdout);
  });
});
