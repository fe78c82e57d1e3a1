import { musicKey, type SoundKey, soundKeys, soundUrl } from '../../src/audio/soundKeys';
import { cueDesigns } from './cues';
import { musicLoop } from './musicLoop';
import { encodeWav } from './wav';

/** Every sound is rendered at this rate: plenty for soft cues, and small files. */
export const soundSampleRate = 22050;

/** One generated file: its key, its path under `public/`, and its bytes. */
export interface SoundFile {
  readonly key: SoundKey;
  readonly path: string;
  readonly bytes: Uint8Array;
}

/** Renders one sound as samples in -1..1. */
export function renderSound(key: SoundKey, sampleRate = soundSampleRate): Float64Array {
  if (key === musicKey) return musicLoop(sampleRate);
  return cueDesigns[key](sampleRate);
}

/** Renders every sound the game ships into WAV bytes. Pure and deterministic. */
export function renderSoundFiles(): SoundFile[] {
  return soundKeys.map((key) => ({
    key,
    path: soundUrl(key),
    bytes: encodeWav(renderSound(key), soundSampleRate),
  }));
}
