/**
 * The roads not taken: the same scenario and seed played by the scripted
 * players who always coach early and always rescue late, as far as this
 * season has gone, for the debrief to draw beside the player's own run.
 * Played on the same model the runner plays (a few milliseconds each).
 */
import type { Scenario } from '../content/scenario';
import { storyCoaching } from '../content/storyCoaching';
import { type LongRunScore, longRunScore } from '../sim/longRunScore';
import { playWithPolicy } from '../sim/playWithPolicy';
import { policies } from '../sim/policies';
import { type SeriesWeek, seasonSeries } from '../sim/seasonSeries';
import type { SeasonState } from '../sim/state';

export const roadPolicies = ['coach-early', 'rescue-late'] as const;
export type RoadPolicy = (typeof roadPolicies)[number];

/** How a road is named on a chart and in its table. */
export const roadNames: Record<RoadPolicy, string> = {
  'coach-early': 'Coach early',
  'rescue-late': 'Rescue late',
};

/** The same, where a column has room for a word. */
export const roadShortNames: Record<RoadPolicy, string> = {
  'coach-early': 'Coach',
  'rescue-late': 'Rescue',
};

export interface Road {
  policy: RoadPolicy;
  name: string;
  short: string;
  series: SeriesWeek[];
  score: LongRunScore;
  bookings: number;
}

/** A road: the season a scripted player left, as the debrief reads it. */
export function roadOf(policy: RoadPolicy, state: SeasonState): Road {
  return {
    policy,
    name: roadNames[policy],
    short: roadShortNames[policy],
    series: seasonSeries(state),
    score: longRunScore(state),
    bookings: state.ledger.bookings,
  };
}

export function roadsNotTaken(scenario: Scenario, seed: number, weeks: number): Road[] {
  const prepare = storyCoaching(scenario);
  return roadPolicies.map((policy) =>
    roadOf(policy, playWithPolicy(scenario.setup, seed, policies[policy], prepare, weeks).state),
  );
}
