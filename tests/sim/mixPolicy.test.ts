/**
 * The lab's mix of the coach and the rescuer: at its corners it plays the
 * two roads exactly; in between it takes a share of what each would take.
 */
import { describe, expect, test } from 'vitest';
import { storyCoaching } from '../../src/content/storyCoaching';
import { playWithPolicy } from '../../src/sim/playWithPolicy';
import { mixPolicy, type PolicyMix, policies, steadyCoin } from '../../src/sim/policies';
import { shippedScenario } from '../content/support/shipped';

const scenario = shippedScenario('standard');
const play = (policy: Parameters<typeof playWithPolicy>[2], seed: number) =>
  playWithPolicy(scenario.setup, seed, policy, storyCoaching(scenario)).decisions;

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

  test('a half-and-half mix takes only the deals its shares pick, and leaves the others', () => {
    // Rescues are bounded by the week's hours, so a half share can rescue as many deals as
    // a full one; what the share decides is which deals: those whose steady coin is under it.
    const half = mixPolicy({ coachEarly: 0.5, rescueLate: 0.5, reviewLosses: false });
    const taken = { coach: new Set<string>(), rescue: new Set<string>() };
    for (const seed of [5, 6, 7, 8, 9]) {
      for (const decision of play(half, seed)) {
        if (decision.type === 'deal.coach') taken.coach.add(decision.dealId);
        if (decision.type === 'deal.rescue') taken.rescue.add(decision.dealId);
        expect(decision.type).not.toBe('loss.review');
      }
    }
    expect(taken.coach.size).toBeGreaterThan(5);
    expect(taken.rescue.size).toBeGreaterThan(5);
    for (const id of taken.rescue) expect(steadyCoin(`rescue:${id}`), id).toBeLessThan(0.5);
    for (const id of taken.coach) expect(steadyCoin(`coach:${id}`), id).toBeLessThan(0.5);
    const rescuer = new Set(
      [5, 6, 7, 8, 9].flatMap((seed) =>
        play(mixPolicy({ coachEarly: 0.5, rescueLate: 1, reviewLosses: false }), seed)
          .filter((decision) => decision.type === 'deal.rescue')
          .map((decision) => (decision as { dealId: string }).dealId),
      ),
    );
    // The full share rescues deals the half share's coin leaves out.
    expect([...rescuer].some((id) => steadyCoin(`rescue:${id}`) >= 0.5)).toBe(true);
  });
});
