import { describe, expect, test } from 'vitest';
import { forwardHorizon, playedForward, styleWords } from '../../src/app/playedForward';
import { playWithPolicy } from '../../src/sim/playWithPolicy';
import { policies } from '../../src/sim/policies';
import { seasonSeries } from '../../src/sim/seasonSeries';
import { testScenario, testSetup } from '../support/testScenario';

describe('your style, played forward', () => {
  test('a short season plays on to week 26, a long one for another season', () => {
    expect(forwardHorizon(8)).toBe(26);
    expect(forwardHorizon(26)).toBe(52);
  });

  test('the player’s own weeks are replayed exactly, then the style plays on to the horizon beside both roads', () => {
    const own = playWithPolicy(testSetup, 6, policies.balanced);
    const forward = playedForward(testScenario, 6, own.decisions);
    expect(forward.horizon).toBe(52);
    expect(forward.yours.series).toHaveLength(52);
    expect(forward.yours.series.slice(0, 26)).toEqual(seasonSeries(own.state));
    expect(forward.roads.map((road) => road.series.length)).toEqual([52, 52]);
    expect(styleWords(forward.style)).toMatch(
      /^Read from your decisions: you coached \d+ % of coaching windows/,
    );
  });
});
