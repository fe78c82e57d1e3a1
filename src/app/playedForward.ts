/**
 * Your style, played forward. A short game cannot show the long run, so the
 * player's style is read from their decisions and played on, on the same
 * seed, past the season's end (to week 26 for a short season, another season
 * on for a long one), beside the scripted coach and rescuer over the same
 * weeks. The player's own weeks are replayed exactly; the style takes over
 * after them.
 */
import type { Scenario } from '../content/scenario';
import { storyCoaching } from '../content/storyCoaching';
import type { Decision } from '../sim/decisions';
import { type LongRunScore, longRunScore } from '../sim/longRunScore';
import { type PlayerStyle, readStyle } from '../sim/playerStyle';
import { playOn, playWithPolicy } from '../sim/playWithPolicy';
import { policies, stylePolicy } from '../sim/policies';
import { type SeriesWeek, seasonSeries } from '../sim/seasonSeries';
import { replay } from '../sim/session';
import { percent } from '../ui/format';
import { type Road, roadOf, roadPolicies } from './roadsNotTaken';

export interface PlayedForward {
  /** The week the runs are played to. */
  horizon: number;
  style: PlayerStyle;
  /** The player's own weeks, then their style played on. */
  yours: { series: SeriesWeek[]; score: LongRunScore; bookings: number };
  roads: Road[];
}

/** How far a season is played on: to week 26, or a whole season more. */
export function forwardHorizon(weeks: number): number {
  return weeks < 26 ? 26 : 2 * weeks;
}

export function playedForward(
  scenario: Scenario,
  seed: number,
  decisions: readonly Decision[],
): PlayedForward {
  const horizon = forwardHorizon(scenario.weeks);
  const setup = { ...scenario.setup, weeks: horizon };
  const prepare = storyCoaching(scenario);
  const style = readStyle(scenario.setup, seed, decisions);
  const played = replay(setup, seed, decisions);
  const yours = played.ok
    ? playOn(played.state, stylePolicy(style), prepare, horizon).state
    : playWithPolicy(setup, seed, stylePolicy(style), prepare, horizon).state;
  return {
    horizon,
    style,
    yours: {
      series: seasonSeries(yours),
      score: longRunScore(yours),
      bookings: yours.ledger.bookings,
    },
    roads: roadPolicies.map((policy) =>
      roadOf(policy, playWithPolicy(setup, seed, policies[policy], prepare, horizon).state),
    ),
  };
}

/** How the style was read, in one line. */
export function styleWords(style: PlayerStyle): string {
  return `Read from your decisions: you coached ${percent(style.coachWindows)} of coaching windows, rescued as many deals as ${percent(style.rescueSouth)} of those going south, reviewed ${percent(style.reviewLosses)} of losses, and coached ${percent(style.coachRequests)} and handed back ${percent(style.handBackRequests)} of requests for help.`;
}

/** The same, a line a share, for a panel: what each kind of choice was read as. */
export function styleLines(style: PlayerStyle): string[] {
  return [
    `Coaching windows coached: ${percent(style.coachWindows)}`,
    `Deals going south rescued: ${percent(style.rescueSouth)}`,
    `Losses reviewed: ${percent(style.reviewLosses)}`,
    `Requests coached ${percent(style.coachRequests)}, handed back ${percent(style.handBackRequests)}`,
  ];
}
