import { describe, expect, test } from 'vitest';
import { longRunScore } from '../../src/sim/longRunScore';
import { readStyle } from '../../src/sim/playerStyle';
import { playWithPolicy } from '../../src/sim/playWithPolicy';
import { policies, stylePolicy } from '../../src/sim/policies';
import { makeSetup } from '../support/setups';

const setup = makeSetup();
const styleOf = (policy: keyof typeof policies, seed = 3) =>
  readStyle(setup, seed, playWithPolicy(setup, seed, policies[policy]).decisions);

describe('a player’s style, read from the decisions', () => {
  test('the coach coaches windows and rescues nothing; the rescuer the reverse', () => {
    const coach = styleOf('coach-early');
    expect(coach.coachWindows).toBeGreaterThan(0.5);
    expect(coach.rescueSouth).toBe(0);
    const played = playWithPolicy(setup, 3, policies['rescue-late']).decisions;
    const rescues = played.filter((decision) => decision.type === 'deal.rescue').length;
    const rescuer = readStyle(setup, 3, played);
    expect(rescues).toBeGreaterThan(0);
    expect(rescuer.rescueSouth).toBeCloseTo(Math.min(1, rescues / rescuer.offered['going-south']));
    expect(rescuer.coachWindows).toBe(0);
    expect(rescuer.reviewLosses).toBe(0);
  });

  test('a player who hands back every request reads as handing back all of them', () => {
    const style = styleOf('hand-back');
    expect(style.offered.help).toBeGreaterThan(10);
    expect(style.handBackRequests).toBe(1);
    expect(style.coachRequests).toBe(0);
  });

  test('doing nothing reads as nothing, whatever was offered', () => {
    const style = styleOf('hands-off');
    expect(style.offered['coach-window']).toBeGreaterThan(0);
    expect([
      style.coachWindows,
      style.rescueSouth,
      style.reviewLosses,
      style.handBackRequests,
    ]).toEqual([0, 0, 0, 0]);
  });
});

describe('a style played on', () => {
  test('is the same every time, and a coach’s style plays closer to coaching than to rescuing', () => {
    const style = styleOf('coach-early');
    const once = playWithPolicy(setup, 8, stylePolicy(style));
    const again = playWithPolicy(setup, 8, stylePolicy(style));
    expect(again.decisions).toEqual(once.decisions);
    const score = longRunScore(once.state).score;
    const coach = longRunScore(playWithPolicy(setup, 8, policies['coach-early']).state).score;
    const rescue = longRunScore(playWithPolicy(setup, 8, policies['rescue-late']).state).score;
    expect(Math.abs(score - coach)).toBeLessThan(Math.abs(score - rescue));
  });

  test('takes each kind of item in about the player’s share', () => {
    const style = styleOf('rescue-late');
    const played = readStyle(setup, 11, playWithPolicy(setup, 11, stylePolicy(style)).decisions);
    expect(played.coachWindows).toBe(0);
    expect(played.rescueSouth).toBeGreaterThan(0);
  });
});
