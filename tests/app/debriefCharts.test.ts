import { describe, expect, test } from 'vitest';
import { chartFigures, chartTables, markWords } from '../../src/app/debriefCharts';
import { roadsNotTaken } from '../../src/app/roadsNotTaken';
import { storyCoaching } from '../../src/content/storyCoaching';
import { playWithPolicy } from '../../src/sim/playWithPolicy';
import { policies } from '../../src/sim/policies';
import { seasonSeries } from '../../src/sim/seasonSeries';
import { xLabelIndexes } from '../../src/ui/xLabels';
import { testScenario, testSetup } from '../support/testScenario';

describe('the debrief’s charts', () => {
  const own = seasonSeries(playWithPolicy(testSetup, 3, policies.balanced, undefined, 10).state);
  const roads = roadsNotTaken(testScenario, 3, 10);

  test('the roads not taken are the same seed played by the coach and the rescuer, as far as the season went', () => {
    expect(roads.map((road) => road.policy)).toEqual(['coach-early', 'rescue-late']);
    const coach = playWithPolicy(
      testSetup,
      3,
      policies['coach-early'],
      storyCoaching(testScenario),
      10,
    );
    expect(roads[0]!.series).toEqual(seasonSeries(coach.state));
    expect(roads[1]!.series).toHaveLength(10);
  });

  test('each chart has this run, both roads, and an axis that holds every value', () => {
    const charts = chartFigures(own, roads, 'USD');
    expect(charts.map((chart) => chart.chart)).toEqual([
      'capability',
      'ownership',
      'morale',
      'energy',
      'hoursDemanded',
      'bookings',
      'helpRequests',
    ]);
    for (const chart of charts) {
      expect(chart.you).toHaveLength(10);
      expect(chart.roads.map((road) => road.values.length)).toEqual([10, 10]);
      const all = [...chart.you, ...chart.roads.flatMap((road) => road.values)];
      expect(Math.max(...all)).toBeLessThanOrEqual(chart.max);
    }
    const bookings = charts.find((chart) => chart.chart === 'bookings')!;
    expect(bookings.reference?.name).toBe('Quota');
    expect(bookings.you.at(-1)).toBe(own.at(-1)!.bookings);
  });

  test('as tables: a row per week, this run’s and the roads’', () => {
    const charts = chartFigures(own, roads, 'USD');
    const [mine, theirs] = chartTables(charts, own);
    expect(mine!.data).toEqual({ debriefSection: 'charts' });
    expect(mine!.rows).toHaveLength(10);
    expect(mine!.rows[0]![0]).toBe('Week 1');
    expect(mine!.rows.every((row) => row.length === mine!.head.length)).toBe(true);
    expect(theirs!.data).toEqual({ debriefSection: 'roads' });
    expect(theirs!.rows.every((row) => row.length === theirs!.head.length)).toBe(true);
  });

  test('marks read as letters and counts', () => {
    expect(markWords({ coach: 2, rescue: 0, review: 1, handBack: 0 })).toBe('C2 V1');
    expect(markWords({ coach: 0, rescue: 0, review: 0, handBack: 0 })).toBe('–');
  });

  test.each([
    [8, [0, 2, 4, 7]],
    // A quarter's chart from the start: W12 and W13 side by side would touch.
    [14, [0, 2, 4, 6, 8, 10, 13]],
    [26, [0, 4, 8, 12, 16, 20, 25]],
    [1, [0]],
  ])('x labels for %i weeks never crowd the last: %j', (count, shown) => {
    expect(xLabelIndexes(count)).toEqual(shown);
  });
});
