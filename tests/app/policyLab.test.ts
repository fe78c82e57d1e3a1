/** The policy lab over many seeds: the same seeds give the same figures, and the roads stay apart. */
import { describe, expect, test } from 'vitest';
import { labChoiceWords, labSeeds, runLab } from '../../src/app/policyLab';
import { storyCoaching } from '../../src/content/storyCoaching';
import { playWithPolicy } from '../../src/sim/playWithPolicy';
import { policies } from '../../src/sim/policies';
import { seasonSeries } from '../../src/sim/seasonSeries';
import { shippedScenario } from '../content/support/shipped';

const scenario = shippedScenario('tutorial');

describe('runLab', () => {
  test('fifty seeds from the season’s own, a row per week of the season', () => {
    const seeds = labSeeds(41);
    expect(seeds).toHaveLength(50);
    expect(seeds[0]).toBe(41);
    const result = runLab(scenario, { policy: 'coach-early' }, seeds);
    expect(result.weeks).toHaveLength(scenario.weeks);
    expect(result.weeks.every((week) => week.seasons === 50)).toBe(true);
  });

  test('its mean is the mean of the seasons played one by one', () => {
    const seeds = [3, 4, 5];
    const result = runLab(scenario, { policy: 'rescue-late' }, seeds);
    const ends = seeds.map(
      (seed) =>
        seasonSeries(
          playWithPolicy(scenario.setup, seed, policies['rescue-late'], storyCoaching(scenario))
            .state,
        ).at(-1)!.bookings,
    );
    const mean = ends.reduce((a, b) => a + b, 0) / ends.length;
    expect(result.weeks.at(-1)!.figures.bookings.mean).toBeCloseTo(mean);
    expect(result.weeks.at(-1)!.figures.bookings.low).toBeLessThanOrEqual(mean);
    expect(result.weeks.at(-1)!.figures.bookings.high).toBeGreaterThanOrEqual(mean);
  });

  test('the coach ends with more capability on average than the rescuer', () => {
    const seeds = labSeeds(7, 20);
    const coach = runLab(scenario, { policy: 'coach-early' }, seeds).weeks.at(-1)!;
    const rescuer = runLab(scenario, { policy: 'rescue-late' }, seeds).weeks.at(-1)!;
    expect(coach.figures.capability.mean).toBeGreaterThan(rescuer.figures.capability.mean);
    expect(coach.figures.ownership.mean).toBeGreaterThan(rescuer.figures.ownership.mean);
  });

  test('a choice in words', () => {
    expect(labChoiceWords({ policy: 'coach-early' })).toBe('Coach early');
    expect(labChoiceWords({ mix: { coachEarly: 0.6, rescueLate: 0.2, reviewLosses: true } })).toBe(
      'A mix: coach 60 % of early deals, rescue 20 % of late ones at risk, review losses',
    );
  });
});
