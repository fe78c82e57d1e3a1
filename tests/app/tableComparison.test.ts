import { expect, test } from 'vitest';
import { compareTables, tableName } from '../../src/app/tableComparison';
import { playWithPolicy } from '../../src/sim/playWithPolicy';
import { policies } from '../../src/sim/policies';
import { newSession, type Session, withDecision } from '../../src/sim/session';
import { testCatalogue, testFingerprint, testScenario, testSetup } from '../support/testScenario';

function played(policy: 'coach-early' | 'rescue-late', weeks: number): Session {
  const run = playWithPolicy(testSetup, 5, policies[policy], undefined, weeks);
  return run.decisions.reduce(
    (session, decision) => withDecision(session, decision),
    newSession(testScenario.id, testFingerprint, 5),
  );
}

test('tables compare side by side by name; a file that does not read is listed, the rest still compare', () => {
  const sections = compareTables(
    [
      { name: 'coach-or-rescue-table-1.json', text: JSON.stringify(played('coach-early', 6)) },
      { name: 'table-2.json', text: JSON.stringify(played('rescue-late', 4)) },
      { name: 'broken.json', text: '{"format": 2' },
    ],
    testCatalogue,
  );
  const [ends] = sections;
  const section = (heading: string) => sections.find((s) => s.heading === heading);
  const morale = section('Team morale week by week');
  const refused = section('Files that could not be read');
  expect(ends!.table!.head).toEqual(['', 'table-1', 'table-2']);
  expect(ends!.table!.rows.find((row) => row[0] === 'Weeks played')).toEqual([
    'Weeks played',
    '6',
    '4',
  ]);
  expect(morale!.table!.head).toEqual(['Week', 'table-1', 'table-2']);
  expect(morale!.table!.rows).toHaveLength(6);
  // The shorter table's later weeks are empty, not made up.
  expect(morale!.table!.rows[5]![2]).toBe('');
  // Drawn as the debrief draws a season: a line a table, named after it, its points its weeks.
  const chart = morale!.chart!;
  expect(chart.lines.map((line) => line.name)).toEqual(['table-1', 'table-2']);
  expect(chart.lines.map((line) => line.values.length)).toEqual([6, 4]);
  expect(chart.labels).toEqual(['W1', 'W2', 'W3', 'W4', 'W5', 'W6']);
  expect(chart.format(chart.lines[0]!.values[5]!)).toBe(morale!.table!.rows[5]![1]);
  expect(sections.filter((s) => s.chart).map((s) => s.heading)).toEqual([
    'Team capability week by week',
    'Team ownership week by week',
    'Team morale week by week',
    'Your energy week by week',
    'Bookings so far, week by week',
  ]);
  expect(refused).toEqual({
    heading: 'Files that could not be read',
    lines: ['broken: it is damaged (it is not valid JSON).'],
  });
  expect(tableName('coach-or-rescue-tutorial-seed-1-week-3.json')).toBe('tutorial-seed-1-week-3');
});
