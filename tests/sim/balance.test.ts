/**
 * The lesson, measured: the target behaviour of MODEL.md must hold on
 * average over many seeded seasons, played on the model as the runner plays it.
 */
import { beforeAll, describe, expect, test } from 'vitest';
import type { Scenario } from '../../src/content/scenario';
import { storyCoaching } from '../../src/content/storyCoaching';
import { playWithPolicy } from '../../src/sim/playWithPolicy';
import { policies } from '../../src/sim/policies';
import { type RunSummary, summariseRuns, type WeekMeans } from '../../src/sim/runSummary';
import { type PolicyName, policyNames } from '../../src/sim/vocabulary';
import { shippedScenario } from '../content/support/shipped';

const seeds = 60;
const summaries = {} as Record<PolicyName, RunSummary>;

function run(scenario: Scenario, policy: PolicyName): RunSummary {
  const prepare = storyCoaching(scenario);
  const states = [];
  for (let seed = 1001; seed < 1001 + seeds; seed += 1) {
    states.push(playWithPolicy(scenario.setup, seed, policies[policy], prepare).state);
  }
  return summariseRuns(scenario.id, policy, states);
}

const at = (policy: PolicyName, week: number): WeekMeans => summaries[policy].weeks[week - 1]!;

beforeAll(() => {
  const standard = shippedScenario('standard');
  for (const policy of policyNames) summaries[policy] = run(standard, policy);
});

describe('a late rescue', () => {
  test('wins 15–35 % of attempts', () => {
    const { attempts, won } = summaries['rescue-late'].rescues;
    expect(attempts).toBeGreaterThan(100);
    expect(won / attempts).toBeGreaterThanOrEqual(0.15);
    expect(won / attempts).toBeLessThanOrEqual(0.35);
  });

  test('wins mostly by giving something away', () => {
    for (const policy of ['rescue-late', 'balanced', 'myopic'] as const) {
      const { won, wonWithConcession } = summaries[policy].rescues;
      expect(wonWithConcession / won).toBeGreaterThanOrEqual(0.6);
    }
    const discount = summaries['rescue-late'].rescues.meanDiscountOnWins;
    expect(discount).toBeGreaterThanOrEqual(0.1);
    expect(discount).toBeLessThanOrEqual(0.25);
  });
});

describe('by week 26, coaching early beats rescuing late', () => {
  test('on capability by at least 1.25×', () => {
    expect(summaries['coach-early'].final.capability).toBeGreaterThanOrEqual(
      1.25 * summaries['rescue-late'].final.capability,
    );
  });

  test('on morale, ownership and the manager’s energy', () => {
    for (const figure of ['morale', 'ownership', 'energy'] as const) {
      expect(summaries['coach-early'].final[figure], figure).toBeGreaterThan(
        summaries['rescue-late'].final[figure],
      );
    }
  });

  test('with fewer overload weeks and less discount given away', () => {
    expect(summaries['coach-early'].final.overloadWeeks).toBeLessThan(
      summaries['rescue-late'].final.overloadWeeks,
    );
    expect(summaries['coach-early'].final.discountGiven).toBeLessThan(
      summaries['rescue-late'].final.discountGiven,
    );
  });

  test('and rescuing late burns the manager out in many runs, coaching in none', () => {
    expect(summaries['rescue-late'].final.burnedOut).toBeGreaterThan(0.3);
    expect(summaries['coach-early'].final.burnedOut).toBe(0);
  });
});

describe('the dilemma is real', () => {
  test('rescuing late leads or ties on bookings over weeks 1–4', () => {
    for (let week = 1; week <= 4; week += 1) {
      expect(at('rescue-late', week).bookings, `week ${week}`).toBeGreaterThanOrEqual(
        at('coach-early', week).bookings,
      );
    }
  });

  test('and trails by week 14', () => {
    expect(at('rescue-late', 14).bookings).toBeLessThan(at('coach-early', 14).bookings);
  });

  test('no policy is best on every figure in weeks 1–4', () => {
    const figures = ['bookings', 'capability', 'ownership', 'morale', 'energy'] as const;
    for (const policy of policyNames) {
      const bestOnAll = figures.every((figure) =>
        policyNames.every((other) => {
          const mine = [1, 2, 3, 4].reduce((sum, week) => sum + at(policy, week)[figure], 0);
          const theirs = [1, 2, 3, 4].reduce((sum, week) => sum + at(other, week)[figure], 0);
          return mine >= theirs;
        }),
      );
      expect(bestOnAll, policy).toBe(false);
    }
  });
});

describe('the loops', () => {
  const early = (policy: PolicyName) =>
    (at(policy, 2).helpRequests + at(policy, 3).helpRequests + at(policy, 4).helpRequests) / 3;
  const late = (policy: PolicyName) =>
    (at(policy, 24).helpRequests + at(policy, 25).helpRequests + at(policy, 26).helpRequests) / 3;

  test('help requests rise under rescuing late and fall under coaching early', () => {
    expect(late('rescue-late')).toBeGreaterThan(early('rescue-late'));
    expect(late('coach-early')).toBeLessThan(early('coach-early'));
  });

  test('hours demanded under rescuing late outgrow the manager’s week', () => {
    expect(at('rescue-late', 26).hoursDemanded).toBeGreaterThan(
      1.5 * at('rescue-late', 1).hoursCapacity,
    );
  });

  test('the myopic player ends below the balanced one', () => {
    expect(summaries.myopic.final.bookings).toBeLessThan(summaries.balanced.final.bookings);
    expect(summaries.myopic.final.capability).toBeLessThan(summaries.balanced.final.capability);
  });
});
