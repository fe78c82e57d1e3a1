import { describe, expect, test } from 'vitest';
import { loopSentence } from '../../src/app/loopWords';
import { type LoopName, loopNames, loopStrengths } from '../../src/sim/loopStrengths';
import { playWithPolicy } from '../../src/sim/playWithPolicy';
import { policies } from '../../src/sim/policies';
import { makeSetup } from '../support/setups';

const setup = makeSetup();
const strengths = (policy: keyof typeof policies, seed = 4) => {
  const readings = loopStrengths(playWithPolicy(setup, seed, policies[policy]).state);
  return Object.fromEntries(readings.map((r) => [r.loop, r])) as Record<
    LoopName,
    (typeof readings)[number]
  >;
};

describe('how strongly each loop drove a season', () => {
  test('every loop, each 0..1', () => {
    const readings = loopStrengths(playWithPolicy(setup, 4, policies.balanced).state);
    expect(readings.map((r) => r.loop)).toEqual([...loopNames]);
    for (const reading of readings) {
      expect(reading.strength).toBeGreaterThanOrEqual(0);
      expect(reading.strength).toBeLessThanOrEqual(1);
    }
  });

  test('a rescuer’s season runs on dependence and crowding out; a coach’s on the fix and compounding', () => {
    for (const seed of [4, 5]) {
      const rescuer = strengths('rescue-late', seed);
      const coach = strengths('coach-early', seed);
      expect(rescuer.dependence.strength).toBeGreaterThan(coach.dependence.strength);
      expect(rescuer.crowdingOut.strength).toBeGreaterThan(coach.crowdingOut.strength);
      expect(coach.coachTheFix.strength).toBeGreaterThan(rescuer.coachTheFix.strength);
      expect(coach.compounding.strength).toBeGreaterThanOrEqual(rescuer.compounding.strength);
    }
  });

  test('a loop that did not run reads as nothing, and says so', () => {
    const coach = strengths('coach-early');
    expect(coach.rescueRelief.strength).toBe(0);
    expect(loopSentence(coach.rescueRelief, 'USD')).toBe(
      'No rescues: no relief, and none of its price.',
    );
    const idle = strengths('hands-off');
    expect(idle.coachTheFix.strength).toBe(0);
    expect(loopSentence(idle.coachTheFix, 'USD')).toBe('No coaching, so nothing was fixed early.');
  });
});
