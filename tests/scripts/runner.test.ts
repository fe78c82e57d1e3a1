import { describe, expect, test } from 'vitest';
import { parseReplayArgs, parseRunnerArgs } from '../../scripts/runner/args';
import { refusal, runCommand } from './support/runCommand';

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
          '--threads',
          '3',
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
        threads: 3,
      },
    });
  });

  test('--log takes a file for one seed', () => {
    expect(
      parseRunnerArgs(['--policy', 'balanced', '--seeds', '5..5', '--log', 's.json'], ids),
    ).toEqual({
      ok: true,
      args: {
        scenario: 'standard',
        policy: 'balanced',
        seeds: { from: 5, to: 5 },
        json: false,
        log: 's.json',
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
    [['--policy', 'balanced', '--weeks', '2.5'], '--weeks takes a whole number'],
    [['--policy', 'balanced', '--threads', '0'], '--threads takes a whole number'],
    [['--policy', 'balanced', '--threads', 'all'], '--threads takes a whole number'],
    [
      ['--policy', 'balanced', '--seeds', '1..3', '--log', 's.json'],
      '--log writes the session file of one season: give one seed (e.g. --seeds 1..1), not 1..3',
    ],
  ])('%j is refused: %s', (argv, message) => {
    expect(parseRunnerArgs(argv, ids)).toEqual({
      ok: false,
      message: expect.stringContaining(message),
    });
  });
});

describe('the replay’s command line', () => {
  test('reads a file and --json', () => {
    expect(parseReplayArgs(['s.json', '--json'])).toEqual({
      ok: true,
      args: { file: 's.json', json: true },
    });
    expect(parseReplayArgs(['s.json'])).toEqual({
      ok: true,
      args: { file: 's.json', json: false },
    });
  });

  test.each([
    [[], 'name the session file to replay'],
    [['a.json', 'b.json'], 'replay one session file at a time'],
    [['s.json', '--colour'], 'unknown option "--colour"'],
  ])('%j is refused: %s', (argv, message) => {
    expect(parseReplayArgs(argv)).toEqual({ ok: false, message: expect.stringContaining(message) });
  });
});

const simulate = (...args: string[]) => runCommand('simulate', ...args);

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
    expect(
      refusal(simulate('--scenario', 'standard', '--policy', 'superman', '--seeds', '1..2')),
    ).toContain('unknown policy "superman"');
    expect(
      refusal(simulate('--policy', 'balanced', '--seeds', '1..2', '--log', 'never-written.json')),
    ).toContain('--log writes the session file of one season');
  });

  test('a session file that cannot be written gives one line and exit code 2', () => {
    expect(
      refusal(
        simulate('--policy', 'balanced', '--seeds', '1..1', '--log', 'no/such/folder/s.json'),
      ),
    ).toBe('no/such/folder/s.json: cannot write the session file (ENOENT)');
  });
});
