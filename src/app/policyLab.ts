/**
 * The policy lab: a built-in scripted player, or a mix of the coach and the
 * rescuer, played over many seeds of this scenario on the pure model, and
 * read as the mean and spread of the key figures week by week. The same
 * function runs in the lab's worker and in Node (tests and the benchmark).
 */
import type { Scenario } from '../content/scenario';
import { storyCoaching } from '../content/storyCoaching';
import { playWithPolicy } from '../sim/playWithPolicy';
import { mixPolicy, type Policy, type PolicyMix, policies } from '../sim/policies';
import { seasonSeries } from '../sim/seasonSeries';
import { type SpreadWeek, seasonSpread } from '../sim/seasonSpread';
import type { PolicyName } from '../sim/vocabulary';
import { percent } from '../ui/format';

export type LabChoice = { policy: PolicyName } | { mix: PolicyMix };

/** How many seeds the lab plays. */
export const labSeasons = 50;

/** The built-in players the lab offers, with the names it shows. */
export const labPolicyNames: Partial<Record<PolicyName, string>> = {
  'coach-early': 'Coach early',
  'rescue-late': 'Rescue late',
  balanced: 'Balanced',
  'hands-off': 'Hands off',
  myopic: 'Short-term',
  'hand-back': 'Hand back',
};

export interface LabResult {
  choice: LabChoice;
  seeds: number[];
  weeks: SpreadWeek[];
  /** Mean bookings at the season's end, and the share of seasons that made quota. */
  madeQuota: number;
}

/** The seeds the lab plays: this season's own, then the next ones. */
export function labSeeds(seed: number, count = labSeasons): number[] {
  return Array.from({ length: count }, (_, index) => (seed + index) >>> 0);
}

export function labPolicy(choice: LabChoice): Policy {
  return 'policy' in choice ? policies[choice.policy] : mixPolicy(choice.mix);
}

/** The choice in words: "Coach early", or "A mix: coach 60 % early, rescue 20 % late, review losses". */
export function labChoiceWords(choice: LabChoice): string {
  if ('policy' in choice) return labPolicyNames[choice.policy] ?? choice.policy;
  const { coachEarly, rescueLate, reviewLosses } = choice.mix;
  return `A mix: coach ${percent(coachEarly)} of early deals, rescue ${percent(rescueLate)} of late ones at risk, ${reviewLosses ? 'review losses' : 'no loss reviews'}`;
}

export function runLab(scenario: Scenario, choice: LabChoice, seeds: readonly number[]): LabResult {
  const prepare = storyCoaching(scenario);
  const policy = labPolicy(choice);
  const ends: { bookings: number; quota: number }[] = [];
  const seasons = seeds.map((seed) => {
    const series = seasonSeries(playWithPolicy(scenario.setup, seed, policy, prepare).state);
    const last = series.at(-1);
    if (last) ends.push({ bookings: last.bookings, quota: last.quota });
    return series;
  });
  return {
    choice,
    seeds: [...seeds],
    weeks: seasonSpread(seasons),
    madeQuota: ends.filter((end) => end.bookings >= end.quota).length / Math.max(1, ends.length),
  };
}
