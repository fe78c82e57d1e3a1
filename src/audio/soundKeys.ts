/** The short cues the game plays, written once. */
export const cueKeys = [
  'choose',
  'coach',
  'rescue',
  'deal-won',
  'deal-lost',
  'help-request',
  'week-tick',
  'burnout-warning',
] as const;
export type CueKey = (typeof cueKeys)[number];

/** The quiet music loop. */
export const musicKey = 'music-loop';
export type MusicKey = typeof musicKey;

/** Every sound file the game ships: the cues and the music loop. */
export const soundKeys = [...cueKeys, musicKey] as const;
export type SoundKey = (typeof soundKeys)[number];

/** The folder under `public/` the sound files live in. */
export const soundFolder = 'sounds';

/**
 * The URL of a sound file, relative to the page so the game works from any
 * base path (Vite's `base: './'`): `sounds/deal-won.wav`.
 */
export function soundUrl(key: SoundKey): string {
  return `${soundFolder}/${key}.wav`;
}
