import { describe, expect, test } from 'vitest';
import { unlockOnFirstGesture } from '../../src/audio/unlockOnFirstGesture';

describe('unlockOnFirstGesture', () => {
  test.each(['pointerdown', 'keydown'])('the first %s unlocks, once', (type) => {
    const target = new EventTarget();
    let unlocks = 0;
    unlockOnFirstGesture(target, () => unlocks++);
    target.dispatchEvent(new Event('pointermove'));
    expect(unlocks).toBe(0);
    target.dispatchEvent(new Event(type));
    target.dispatchEvent(new Event('pointerdown'));
    target.dispatchEvent(new Event('keydown'));
    expect(unlocks).toBe(1);
  });

  test('stopping early means no unlock', () => {
    const target = new EventTarget();
    let unlocks = 0;
    const stop = unlockOnFirstGesture(target, () => unlocks++);
    stop();
    target.dispatchEvent(new Event('keydown'));
    expect(unlocks).toBe(0);
  });
});
