import { spawnSync } from 'node:child_process';
import { describe, expect, test } from 'vitest';
import { parseRunnerArgs } from '../../scripts/runner/args';

const ids = ['standard', 'tutorial'];

describe('the runner’s command line', () => {
  test('reads a full command', () => {
    expect(
      parseRunnerArgs(
        [
          '--scenario',
          'tutorial',
          '--policy',
          'myopic',
          '--seeds',
          '3..9',
          '--weeks',
          '5',
          '--json',
        ],
        ids,
      ),
    ).toEqual({
      ok: true,
      args: {
        scenario: 'tutorial',
        policy: 'myopic',
        seeds: { from: 3, to: 9 },
        weeks: 5,
        json: true,
      },
    });
  });

  test.each([
    [['--scenario', 'nope', '--policy', 'balanced'], 'unknown scenario "nope"'],
    [['--policy', 'superman'], 'unknown policy "superman"'],
    [['--policy', 'balanced', '--seeds', '9..3'], 'malformed seed range "9..3"'],
    [['--policy', 'balanced', '--seeds', '1-200'], 'malformed seed range "1-200"'],
    [['--policy', 'balanced', '--weeks', '0'], '--weeks takes a whole number'],
    [['--policy', 'balanced', '--colour'], 'unknown option "--colour"'],
    [['--policy'], '--policy needs a value'],
  ])('%j is refused: %s', (argv, message) => {
    const parsed = parseRunnerArgs(argv, ids);
    expect(parsed.ok).toBe(false);
    if (!parsed.ok) expect(parsed.message).toContain(message);
  });
});

function simulate(...args: string[]) {
  return spawnSync(process.execPath, ['--import', 'tsx', 'scripts/simulate.ts', ...args], {
    encoding: 'utf8',
  });
}

describe('npm run simulate', () => {
  test('--json prints exactly one JSON object in the documented shape', () => {
    const run = simulate(
      '--scenario',
      'standard',
      '--policy',
      'coach-early',
      '--seeds',
      '1..3',
      '--json',
    );
    expect(run.status).toBe(0);
    const summary = JSON.parse(run.stdout);
    expect(Object.keys(summary).sort()).toEqual([
      'final',
      'perSeed',
      'policy',
      'rescues',
      'runs',
      'scenario',
      'weeks',
    ]);
    expect(summary).toMatchObject({ scenario: 'standard', policy: 'coach-early', runs: 3 });
    expect(summary.weeks).toHaveLength(26);
    expect(Object.keys(summary.weeks[0]).sort()).toEqual(
      [
        'week',
        'capability',
        'ownership',
        'morale',
        'hoursDemanded',
        'hoursCapacity',
        'energy',
        'bookings',
        'discountGiven',
        'marginGiven',
        'helpRequests',
        'inbox',
        'freeHours',
        'openDealsPerRep',
        'dealsWon',
        'dealsLost',
        'repsQuit',
      ].sort(),
    );
    expect(Object.keys(summary.final).sort()).toEqual(
      [
        'capability',
        'ownership',
        'morale',
        'energy',
        'bookings',
        'discountGiven',
        'marginGiven',
        'overloadWeeks',
        'repsQuit',
        'burnedOut',
      ].sort(),
    );
    expect(Object.keys(summary.rescues).sort()).toEqual(
      ['attempts', 'byConcession', 'meanDiscountOnWins', 'won', 'wonWithConcession'].sort(),
    );
    for (const concession of ['none', 'discount', 'free-services']) {
      expect(Object.keys(summary.rescues.byConcession[concession]).sort()).toEqual([
        'attempts',
        'won',
      ]);
    }
    expect(summary.perSeed.map((run: { seed: number }) => run.seed)).toEqual([1, 2, 3]);
    for (const run of summary.perSeed) {
      expect(run.bookingsByWeek).toHaveLength(26);
      expect(run.freeHoursByWeek).toHaveLength(26);
      expect(run.inboxByWeek).toHaveLength(26);
      expect(Object.keys(run.final).sort()).toEqual(Object.keys(summary.final).sort());
      // Cumulative bookings never fall.
      for (let week = 1; week < 26; week += 1)
        expect(run.bookingsByWeek[week]).toBeGreaterThanOrEqual(run.bookingsByWeek[week - 1]);
    }
  });

  test('without --json prints a table and a chart', () => {
    const run = simulate(
      '--scenario',
      'standard',
      '--policy',
      'rescue-late',
      '--seeds',
      '1..2',
      '--weeks',
      '6',
    );
    expect(run.status).toBe(0);
    expect(run.stdout).toContain('capability by week');
    expect(run.stdout.split('\n').filter((line) => /^\s+\d+\s+0\.\d\d\s/.test(line))).toHaveLength(
      6,
    );
  });

  test('a mistake gives one line and exit code 2', () => {
    const run = simulate('--scenario', 'standard', '--policy', 'superman', '--seeds', '1..2');
    expect(run.status).toBe(2);
    expect(run.stdout).toBe('');
    expect(run.stderr.trim().split('\n')).toHaveLength(1);
  });
});
