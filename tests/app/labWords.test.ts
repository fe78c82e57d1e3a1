/** The policy lab's words, charts and table, from a run on the tutorial. */
import { describe, expect, test } from 'vitest';
import { labChartFigures, labStatusWords, labTable } from '../../src/app/labWords';
import { labSeeds, runLab } from '../../src/app/policyLab';
import { storyCoaching } from '../../src/content/storyCoaching';
import { playWithPolicy } from '../../src/sim/playWithPolicy';
import { policies } from '../../src/sim/policies';
import { seasonSeries } from '../../src/sim/seasonSeries';
import { shippedScenario } from '../content/support/shipped';

const scenario = shippedScenario('tutorial');
const result = runLab(scenario, { policy: 'rescue-late' }, labSeeds(9, 10));
const season = seasonSeries(
  playWithPolicy(scenario.setup, 9, policies.balanced, storyCoaching(scenario)).state,
);

describe('the lab in words', () => {
  test('a chart per key figure: the mean inside its band, beside this season', () => {
    const charts = labChartFigures(result, season, 'USD');
    expect(charts.map((chart) => chart.figure)).toEqual([
      'capability',
      'ownership',
      'energy',
      'bookings',
    ]);
    for (const chart of charts) {
      expect(chart.mean).toHaveLength(scenario.weeks);
      chart.mean.forEach((mean, week) => {
        expect(mean).toBeGreaterThanOrEqual(chart.low[week]! - 1e-9);
        expect(mean).toBeLessThanOrEqual(chart.high[week]! + 1e-9);
      });
      expect(chart.you).toEqual(season.map((week) => week[chart.figure]));
    }
    const bookings = charts.at(-1)!;
    expect(bookings.max).toBeGreaterThanOrEqual(Math.max(...bookings.high, ...bookings.you));
  });

  test('the status in a sentence, for each state', () => {
    expect(labStatusWords('ready', undefined, 0)).toMatch(/^Pick a player and run it: 50 seasons/);
    expect(labStatusWords('running', undefined, 0)).toBe('Playing 50 seasons…');
    expect(labStatusWords('failed', undefined, 0, 'out of memory')).toBe(
      'The lab could not run: out of memory. Press run to try again.',
    );
    expect(labStatusWords('done', result, 1234)).toMatch(
      /^Rescue late\. 10 seasons in 1\.2 s; \d+ % of them made quota\./,
    );
    expect(labStatusWords('done', result, 80)).toContain('10 seasons in 80 ms');
  });

  test('the table: a row per week with each figure’s mean and band, and the status on its section', () => {
    const table = labTable('done', result, 'USD');
    expect(table.rows).toHaveLength(scenario.weeks);
    expect(table.head).toEqual([
      'Week',
      'Team capability',
      'Team ownership',
      'Team morale',
      'Your energy',
      'Bookings so far',
    ]);
    expect(table.rows[0]![1]).toMatch(/^\d+ \(\d+–\d+\)$/);
    expect(table.data).toEqual({ debriefSection: 'lab', labStatus: 'done' });
    expect(labTable('ready', undefined, 'USD').rows).toEqual([]);
  });
});
