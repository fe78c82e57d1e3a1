import { exponential, sineOfTurns } from './portableMath';

/** How a sound's level moves: a soft rise, an optional hold, then an exponential fall. */
export interface Envelope {
  /** Seconds from silence to full level (raised cosine: no corner, no click). */
  readonly attack: number;
  /** Seconds held at full level after the attack. */
  readonly hold?: number;
  /** Time constant of the fall in seconds: the level drops to 37% after this long. */
  readonly decay: number;
}

/** The level at `seconds` after the start, 0..1. */
export function envelopeAt(envelope: Envelope, seconds: number): number {
  if (seconds <= 0) return 0;
  if (seconds < envelope.attack) return riseAt(seconds / envelope.attack);
  const falling = seconds - envelope.attack - (envelope.hold ?? 0);
  if (falling <= 0) return 1;
  return exponential(-falling / envelope.decay);
}

/** A raised-cosine rise from 0 at `progress` 0 to 1 at `progress` 1. */
export function riseAt(progress: number): number {
  if (progress <= 0) return 0;
  if (progress >= 1) return 1;
  return 0.5 - 0.5 * sineOfTurns(0.25 + progress / 2);
}
