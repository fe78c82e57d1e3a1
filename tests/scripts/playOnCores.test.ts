/** Many seasons on all cores: they are shared out in order, and the result is the single thread's. */
import { describe, expect, test } from 'vitest';
import { playOnCores, shareOut, threadCount } from '../../scripts/runner/playOnCores';
import type { RunnerJob } from '../../scripts/runner/playSeeds';
import { shippedScenarios } from '../../scripts/runner/shippedScenarios';
import type { PolicyName } from '../../src/sim/vocabulary';
import { runCommand } from './support/runCommand';

describe('shareOut', () => {
  const job = (policy: PolicyName, from: number, to: number): RunnerJob => ({
    scenario: 'standard',
    policy,
    seeds: { from, to },
  });

  test.each([
    [[job('balanced', 1, 10)], 1, [[job('balanced', 1, 10)]]],
    [
      [job('balanced', 1, 10)],
      3,
      [[job('balanced', 1, 4)], [job('balanced', 5, 7)], [job('balanced', 8, 10)]],
    ],
    [[job('balanced', 5, 6)], 2, [[job('balanced', 5, 5)], [job('balanced', 6, 6)]]],
    [
      [job('coach-early', 1, 200), job('rescue-late', 1, 200), job('balanced', 1, 200)],
      2,
      [
        [job('coach-early', 1, 200), job('rescue-late', 1, 100)],
        [job('rescue-late', 101, 200), job('balanced', 1, 200)],
      ],
    ],
    [
      [job('myopic', 1, 3), job('hands-off', 7, 8)],
      5,
      [
        [job('myopic', 1, 1)],
        [job('myopic', 2, 2)],
        [job('myopic', 3, 3)],
        [job('hands-off', 7, 7)],
        [job('hands-off', 8, 8)],
      ],
    ],
  ])('%j in %i shares', (jobs, parts, shares) => {
    expect(shareOut(jobs, parts)).toEqual(shares);
  });
});

describe('threadCount', () => {
  test.each([
    [1, 2, undefined, 1],
    [30, 2, undefined, 1],
    [200, 2, undefined, 2],
    [200, 8, undefined, 8],
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

  test('worker threads print exactly what one thread prints', () => {
    const run = (...threads: string[]) =>
      runCommand(
        'simulate',
        '--policy',
        'coach-early',
        '--seeds',
        '11..55',
        '--weeks',
        '10',
        '--json',
        ...threads,
      );
    const single = run('--threads', '1');
    expect(single.status).toBe(0);
    expect(JSON.parse(single.stdout).runs).toBe(45);
    expect(run('--threads', '3').stdout).toBe(single.stdout);
    expect(run().stdout).toBe(single.stdout);
  });
});
