import { describe, expect, test } from 'vitest';
import { applyDecision } from '../../src/sim/decisions';
import { seasonSeries } from '../../src/sim/seasonSeries';
import { seasonWithDeal, weeksPlayed } from '../support/seasons';

describe('seasonSeries', () => {
  test('a row per week played, from the week records, with quota pro rata', () => {
    const { state } = seasonWithDeal('qualify');
    const after = weeksPlayed(state, 3);
    const series = seasonSeries(after);
    expect(series.map((week) => week.week)).toEqual([1, 2, 3]);
    series.forEach((week, index) => {
      const record = after.history[index]!;
      expect(week.capability).toBe(record.capability);
      expect(week.bookings).toBe(record.bookings);
      expect(week.hoursDemanded).toBe(record.hoursDemanded);
      expect(week.quota).toBeCloseTo((after.quotaPerQuarter * week.week) / 13);
    });
  });

  test('the week’s decisions become marks: a coaching in week 1, none in week 2', () => {
    const { state, deal } = seasonWithDeal('qualify');
    const coached = applyDecision(state, {
      type: 'deal.coach',
      week: 1,
      dealId: deal.id,
      style: 'ask',
    });
    if (!coached.ok) throw new Error(coached.message);
    const series = seasonSeries(weeksPlayed(coached.state, 2));
    expect(series[0]!.marks).toEqual({ coach: 1, rescue: 0, review: 0, handBack: 0 });
    expect(series[1]!.marks).toEqual({ coach: 0, rescue: 0, review: 0, handBack: 0 });
  });
});
