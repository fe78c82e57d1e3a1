/** The events that count as the player's first gesture. */
export const unlockEvents = ['pointerdown', 'keydown'] as const;

/**
 * Calls `unlock` once, on the first pointerdown or keydown on `target`
 * (usually `window`), then stops listening. Returns a function that stops
 * listening early (for a scene or page being torn down).
 */
export function unlockOnFirstGesture(
  target: Pick<EventTarget, 'addEventListener' | 'removeEventListener'>,
  unlock: () => void,
): () => void {
  // Capture, so a handler that stops propagation cannot keep the game silent.
  const capture = { capture: true } as const;
  const stop = () => {
    for (const type of unlockEvents) target.removeEventListener(type, onGesture, capture);
  };
  const onGesture = () => {
    stop();
    unlock();
  };
  for (const type of unlockEvents) target.addEventListener(type, onGesture, capture);
  return stop;
}
