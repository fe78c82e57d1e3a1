/** Many seeds on all cores: the seeds are shared out in order, and the result is the single thread's. */
import { describe, expect, test } from 'vitest';
import { playOnCores, splitSeeds, threadCount } from '../../scripts/runner/playOnCores';
import { shippedScenarios } from '../../scripts/runner/shippedScenarios';
import { runCommand } from './support/runCommand';

describe('splitSeeds', () => {
  test.each([
    [{ from: 1, to: 10 }, 1, [{ from: 1, to: 10 }]],
    [
      { from: 1, to: 10 },
      3,
      [
        { from: 1, to: 4 },
        { from: 5, to: 7 },
        { from: 8, to: 10 },
      ],
    ],
    [
      { from: 5, to: 6 },
      2,
      [
        { from: 5, to: 5 },
        { from: 6, to: 6 },
      ],
    ],
    [
      { from: 1, to: 200 },
      2,
      [
        { from: 1, to: 100 },
        { from: 101, to: 200 },
      ],
    ],
  ])('%j in %i runs', (seeds, parts, runs) => {
    expect(splitSeeds(seeds, parts)).toEqual(runs);
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
  const job = {
    scenario: 'standard',
    policy: 'balanced',
    seeds: { from: 1, to: 2 },
    weeks: 2,
  } as const;

  test('plays every seed on this thread when one thread is asked for', async () => {
    const records = await playOnCores(standard, job, 'no-such-worker.mjs', 1);
    expect(records).toHaveLength(2);
  });

  test('hands seeds to worker threads when more are asked for', async () => {
    await expect(playOnCores(standard, job, 'no-such-worker.mjs', 2)).rejects.toThrow();
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
