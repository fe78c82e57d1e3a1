/** A focused chart's week cursor: where keys move it, and the values it reads out. */
import { describe, expect, test } from 'vitest';
import { cursorAfter, weekValues, weekValuesWords } from '../../src/app/chartCursor';
import type { ChartFigures } from '../../src/app/debriefCharts';
import { points } from '../../src/ui/format';

const chart: ChartFigures = {
  chart: 'capability',
  title: 'Team capability',
  max: 1,
  format: points,
  you: [0.4, 0.45, 0.5],
  roads: [
    { name: 'Coach early', values: [0.4, 0.5, 0.6] },
    { name: 'Rescue late', values: [0.4, 0.38, 0.35] },
  ],
};

describe('the week cursor', () => {
  test.each([
    ['ArrowLeft', 2, 1],
    ['ArrowLeft', 0, 0],
    ['ArrowRight', 1, 2],
    ['ArrowRight', 2, 2],
    ['Home', 2, 0],
    ['End', 0, 2],
  ])('%s from week index %i goes to %i', (key, from, to) => {
    expect(cursorAfter(key, from, 3)).toBe(to);
  });

  test('other keys leave it where it is', () => {
    expect(cursorAfter('Enter', 1, 3)).toBeUndefined();
    expect(cursorAfter('1', 1, 3)).toBeUndefined();
  });

  test('every line’s value at the week, in words', () => {
    const values = weekValues(chart, 'week 2', 1);
    expect(values.values).toEqual([
      { name: 'You', value: '45' },
      { name: 'Coach early', value: '50' },
      { name: 'Rescue late', value: '38' },
    ]);
    expect(weekValuesWords(chart.title, values)).toBe(
      'Team capability, week 2: You 45, Coach early 50, Rescue late 38.',
    );
  });

  test('a reference line is read too', () => {
    const withQuota = { ...chart, reference: { name: 'Quota', values: [0.1, 0.2, 0.3] } };
    expect(weekValues(withQuota, 'week 3', 2).values.at(-1)).toEqual({
      name: 'Quota',
      value: '30',
    });
  });
});
