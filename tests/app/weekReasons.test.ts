/**
 * Why the meters moved: every change of the week has its reason, grouped by
 * cause, and the words about the manager's hours match the numbers.
 */
import { describe, expect, test } from 'vitest';
import { weekReasons } from '../../src/app/weekReasons';
import { playWithPolicy } from '../../src/sim/playWithPolicy';
import { policies } from '../../src/sim/policies';
import { type WeekReport, weekReport } from '../../src/sim/weekReport';
import { shippedScenario } from '../content/support/shipped';

function report(reps: WeekReport['reps']): WeekReport {
  return {
    week: 3,
    headline: '',
    deals: [],
    reps,
    manager: {
      hoursDemanded: 40,
      hoursWorked: 40,
      energy: undefined,
      energyWords: '',
      burnedOut: false,
      recovered: false,
    },
    helpRequests: 0,
    quits: [],
    hires: [],
    events: [],
  };
}

describe('the week’s reasons', () => {
  test('one line a cause, naming each rep it moved and by how much, biggest first', () => {
    const lines = weekReasons(
      report([
        {
          repId: 'rosa',
          repName: 'Rosa Mendes',
          changes: [
            {
              stock: 'ownership',
              delta: -0.03,
              causes: [
                { cause: 'old habits returning', delta: -0.01 },
                { cause: 'you rescued Lumen', delta: -0.02 },
              ],
            },
          ],
        },
        {
          repId: 'tom',
          repName: 'Tom Becker',
          changes: [
            {
              stock: 'ownership',
              delta: -0.05,
              causes: [
                { cause: 'old habits returning', delta: -0.01 },
                { cause: 'you rescued Lumen', delta: -0.04 },
              ],
            },
            {
              stock: 'morale',
              delta: -0.02,
              causes: [{ cause: 'you rescued Lumen', delta: -0.02 }],
            },
          ],
        },
        {
          repId: 'sam',
          repName: 'Sam Okoro',
          changes: [
            {
              stock: 'capability',
              delta: 0.001,
              causes: [{ cause: 'skills fading without practice', delta: 0.001 }],
            },
          ],
        },
      ]),
    );
    expect(lines.map((line) => line.text)).toEqual([
      'You rescued Lumen: ownership −4 for Tom; −2 for Rosa; morale −2 for Tom.',
      'Old habits returning: ownership −1 for Rosa and Tom.',
    ]);
    expect(lines[0]!.size).toBe(8);
  });

  test('over whole seasons, every point a rep’s meter moved is in some line', () => {
    const scenario = shippedScenario('standard');
    for (const name of ['coach-early', 'rescue-late'] as const) {
      const { state } = playWithPolicy(scenario.setup, 2026, policies[name]);
      for (let week = 1; week <= state.weeks; week += 1) {
        const weekly = weekReport(state, week)!;
        const lines = weekReasons(weekly).map((line) => line.text);
        for (const rep of weekly.reps)
          for (const change of rep.changes)
            for (const cause of change.causes) {
              if (Math.round(cause.delta * 100) === 0) continue;
              const heading = `${cause.cause.charAt(0).toUpperCase()}${cause.cause.slice(1)}:`;
              const said = lines.find((line) => line.startsWith(heading));
              expect(said, `${name} week ${week}: ${cause.cause}`).toBeDefined();
              expect(said).toContain(rep.repName.split(' ')[0]);
              expect(said).toContain(change.stock);
            }
        expect(lines.join(' ')).not.toContain('your decisions');
      }
    }
  });

  test('energy’s words say what the hours were: over a normal week is never "the hours you worked"', () => {
    const scenario = shippedScenario('standard');
    const normal = scenario.setup.tuning?.manager?.normalHours ?? 45;
    const { state } = playWithPolicy(scenario.setup, 2026, policies['rescue-late']);
    let overlong = 0;
    for (let week = 1; week <= state.weeks; week += 1) {
      const { manager } = weekReport(state, week)!;
      expect(manager.energyWords).not.toContain('the hours you worked');
      if (manager.hoursWorked > normal) {
        overlong += 1;
        expect(manager.energyWords).toContain(`over a normal week of ${normal} h`);
      }
    }
    expect(overlong).toBeGreaterThan(5);
  });
});
