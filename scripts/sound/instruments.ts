import { addAt } from './mix';
import { hz } from './notes';
import { renderNoiseBurst, renderTone, type Tone } from './tone';

/** The few instruments the cues and the music share. */

/** A soft mallet note: a fundamental with a quick, quiet overtone. */
export function mallet(
  note: string,
  seconds: number,
  decay: number,
  sampleRate: number,
  overtone = 4,
): Float64Array {
  const frequency = hz(note);
  const body = renderTone(
    { wave: 'sine', frequency, seconds, attack: 0.004, decay, gain: 1 },
    sampleRate,
  );
  const shine = renderTone(
    {
      wave: 'sine',
      frequency: frequency * overtone,
      seconds,
      attack: 0.002,
      decay: decay / 6,
      gain: 0.12,
    },
    sampleRate,
  );
  return addAt(body, shine, 0, sampleRate);
}

/** A bell partial set (free-bar ratios), for the bright chime of a won deal. */
export function chime(note: string, seconds: number, sampleRate: number): Float64Array {
  const frequency = hz(note);
  const partial = (ratio: number, gain: number, decay: number): Tone => ({
    wave: 'sine',
    frequency: frequency * ratio,
    seconds,
    attack: 0.003,
    decay,
    gain,
  });
  const sound = renderTone(partial(1, 1, 0.38), sampleRate);
  addAt(sound, renderTone(partial(2.76, 0.22, 0.14), sampleRate), 0, sampleRate);
  addAt(sound, renderTone(partial(5.4, 0.06, 0.06), sampleRate), 0, sampleRate);
  return sound;
}

/** A soft knock on a door: a falling low thump with a little wood noise. */
export function knock(seed: number, sampleRate: number): Float64Array {
  const thump = renderTone(
    {
      wave: 'sine',
      frequency: 240,
      glideTo: 150,
      glideSeconds: 0.04,
      seconds: 0.1,
      attack: 0.0015,
      decay: 0.03,
      gain: 1,
    },
    sampleRate,
  );
  const wood = renderNoiseBurst(
    { seconds: 0.05, attack: 0.001, decay: 0.008, gain: 0.5, seed, cutoff: 1800 },
    sampleRate,
  );
  return addAt(thump, wood, 0, sampleRate);
}
