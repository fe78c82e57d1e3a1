import { describe, expect, test } from 'vitest';
import {
  decibelsToGain,
  exponential,
  logarithm,
  sineOfTurns,
} from '../../scripts/sound/portableMath';

describe('portable maths agrees with Math to far below 16-bit resolution', () => {
  test('sine', () => {
    for (let turns = -3; turns <= 3; turns += 0.0137) {
      expect(Math.abs(sineOfTurns(turns) - Math.sin(2 * Math.PI * turns))).toBeLessThan(1e-9);
    }
  });

  test('exponential', () => {
    for (let x = -40; x <= 40; x += 0.173) {
      expect(Math.abs(exponential(x) / Math.exp(x) - 1)).toBeLessThan(1e-12);
    }
    expect(exponential(-1000)).toBe(0);
  });

  test('logarithm', () => {
    for (let x = 1e-6; x < 1e6; x *= 1.37) {
      expect(Math.abs(logarithm(x) - Math.log(x))).toBeLessThan(1e-12);
    }
    expect(() => logarithm(0)).toThrow(RangeError);
  });

  test('decibels', () => {
    expect(decibelsToGain(0)).toBe(1);
    expect(decibelsToGain(-6)).toBeCloseTo(0.501187, 6);
  });
});
