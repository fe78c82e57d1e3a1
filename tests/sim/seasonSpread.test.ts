/** The lab's spread over seasons, on hand-made weeks. */
import { describe, expect, test } from 'vitest';
import type { SeriesWeek } from '../../src/sim/seasonSeries';
import { percentile, seasonSpread, spreadOf } from '../../src/sim/seasonSpread';

function week(n: number, value: number): SeriesWeek {
  return {
    week: n,
    capability: value,
    ownership: value / 2,
    morale: 0.5,
    hoursDemanded: 40,
    normalHours: 45,
    energy: 1 - value,
    bookings: value * 1000,
    quota: 1000,
    discountGiven: 0,
    helpRequests: 0,
    marks: { coach: 0, rescue: 0, review: 0, handBack: 0 },
  };
}

describe('percentiles and spreads', () => {
  test('percentiles read between the nearest values', () => {
    const sorted = [0, 10, 20, 30, 40, 50, 60, 70, 80, 90, 100];
    expect(percentile(sorted, 0.1)).toBe(10);
    expect(percentile(sorted, 0.9)).toBe(90);
    expect(percentile([0, 10], 0.25)).toBe(2.5);
    expect(percentile([], 0.5)).toBe(0);
  });

  test('a spread is the mean and the 10th to 90th percentile, whatever the order', () => {
    const spread = spreadOf([9, 1, 5, 3, 7]);
    expect(spread.mean).toBe(5);
    expect(spread.low).toBeCloseTo(1.8);
    expect(spread.high).toBeCloseTo(8.2);
  });
});

describe('seasonSpread', () => {
  test('week by week over the seasons, each figure on its own', () => {
    const seasons = [0.2, 0.4, 0.6].map((value) => [week(1, value), week(2, value + 0.1)]);
    const spread = seasonSpread(seasons);
    expect(spread.map((w) => w.week)).toEqual([1, 2]);
    expect(spread[0]!.seasons).toBe(3);
    expect(spread[0]!.figures.capability.mean).toBeCloseTo(0.4);
    expect(spread[1]!.figures.capability.mean).toBeCloseTo(0.5);
    expect(spread[0]!.figures.ownership.mean).toBeCloseTo(0.2);
    expect(spread[0]!.figures.energy.mean).toBeCloseTo(0.6);
    expect(spread[1]!.figures.bookings.low).toBeCloseTo(340);
    expect(spread[1]!.figures.bookings.high).toBeCloseTo(660);
  });

  test('a week only some seasons reached counts only those', () => {
    const spread = seasonSpread([[week(1, 0.2), week(2, 0.4)], [week(1, 0.6)]]);
    expect(spread[1]!.seasons).toBe(1);
    expect(spread[1]!.figures.capability.mean).toBeCloseTo(0.4);
  });
});
