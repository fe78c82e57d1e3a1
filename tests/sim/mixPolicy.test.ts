/**
 * The lab's mix of the coach and the rescuer: at its corners it plays the
 * two roads exactly; in between it takes a share of what each would take.
 */
import { describe, expect, test } from 'vitest';
import { storyCoaching } from '../../src/content/storyCoaching';
import type { Decision } from '../../src/sim/decisions';
import { playWithPolicy } from '../../src/sim/playWithPolicy';
import { mixPolicy, type PolicyMix, policies } from '../../src/sim/policies';
import { shippedScenario } from '../content/support/shipped';

const scenario = shippedScenario('standard');
const play = (policy: Parameters<typeof playWithPolicy>[2], seed: number) =>
  playWithPolicy(scenario.setup, seed, policy, storyCoaching(scenario)).decisions;
const count = (decisions: readonly Decision[], type: Decision['type']) =>
  decisions.filter((decision) => decision.type === type).length;

describe('the mix policy', () => {
  test.each([5, 6])(
    'coaching all, rescuing none and reviewing plays coach-early (seed %i)',
    (seed) => {
      const mix: PolicyMix = { coachEarly: 1, rescueLate: 0, reviewLosses: true };
      expect(play(mixPolicy(mix), seed)).toEqual(play(policies['coach-early'], seed));
    },
  );

  test.each([5, 6])('coaching none and rescuing all plays rescue-late (seed %i)', (seed) => {
    const mix: PolicyMix = { coachEarly: 0, rescueLate: 1, reviewLosses: false };
    expect(play(mixPolicy(mix), seed)).toEqual(play(policies['rescue-late'], seed));
  });

  test('a half-and-half mix coaches and rescues, less of each than a mix that takes all of it', () => {
    const half = mixPolicy({ coachEarly: 0.5, rescueLate: 0.5, reviewLosses: false });
    const seeds = [5, 6, 7, 8, 9];
    const sum = (policy: Parameters<typeof play>[0], type: Decision['type']) =>
      seeds.reduce((total, seed) => total + count(play(policy, seed), type), 0);
    const coached = sum(half, 'deal.coach');
    const rescued = sum(half, 'deal.rescue');
    expect(coached).toBeGreaterThan(0);
    expect(rescued).toBeGreaterThan(0);
    const allCoached = mixPolicy({ coachEarly: 1, rescueLate: 0.5, reviewLosses: false });
    const allRescued = mixPolicy({ coachEarly: 0.5, rescueLate: 1, reviewLosses: false });
    expect(coached).toBeLessThan(sum(allCoached, 'deal.coach'));
    expect(rescued).toBeLessThan(sum(allRescued, 'deal.rescue'));
    expect(sum(half, 'loss.review')).toBe(0);
  });
});
