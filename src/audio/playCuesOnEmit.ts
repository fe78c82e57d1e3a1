import { cueForEvent } from './cueForEvent';
import type { CueKey } from './soundKeys';

/**
 * What the wiring needs from an actor: XState's `actor.on('*', …)` for
 * emitted events. Typed structurally so src/audio does not depend on XState.
 */
export interface EmittingActor {
  on(type: '*', handler: (emitted: { readonly type: string }) => void): { unsubscribe(): void };
}

/**
 * Plays the cue for every event the actor emits that has one. Returns a
 * function that stops listening.
 */
export function playCuesOnEmit(
  actor: EmittingActor,
  director: { play(cue: CueKey): unknown },
): () => void {
  const subscription = actor.on('*', (emitted) => {
    const cue = cueForEvent(emitted.type);
    if (cue !== undefined) director.play(cue);
  });
  return () => subscription.unsubscribe();
}
