import { mallet } from './instruments';
import { addAt, normalise, silence } from './mix';
import { hz } from './notes';
import { renderTone } from './tone';

/** 80 beats a minute, four bars of four: a 12-second loop. */
const beatSeconds = 0.75;
const beatsPerBar = 4;
const bars = 4;
export const musicLoopSeconds = beatSeconds * beatsPerBar * bars;

/** I – vi – IV – V in C: a calm, friendly turn that lands back home. */
const chords: readonly (readonly string[])[] = [
  ['C3', 'G3', 'E4'],
  ['A2', 'E3', 'C4'],
  ['F2', 'C3', 'A3', 'E4'],
  ['G2', 'D3', 'B3', 'D4'],
];

/** The plucked tune, on C major pentatonic: [beat, note]. */
const tune: readonly (readonly [number, string])[] = [
  [0, 'E5'],
  [1, 'G5'],
  [1.5, 'A5'],
  [2.5, 'G5'],
  [3, 'E5'],
  [4, 'C5'],
  [5, 'E5'],
  [6, 'A4'],
  [7, 'C5'],
  [8, 'A4'],
  [9, 'C5'],
  [9.5, 'F5'],
  [10.5, 'E5'],
  [11, 'C5'],
  [12, 'D5'],
  [13, 'B4'],
  [14, 'G4'],
  [15, 'D5'],
  [15.5, 'G5'],
];

/** A pad voice: two slightly detuned soft waves, swelling in and out. */
function padVoice(note: string, sampleRate: number): Float64Array {
  const seconds = beatSeconds * beatsPerBar + 1.8;
  const shape = { attack: 0.9, hold: 2.1, decay: 0.5, seconds, cutoff: 1200 } as const;
  const frequency = hz(note);
  const warm = renderTone(
    { ...shape, wave: 'triangle', frequency: frequency * 1.0012, gain: 0.5 },
    sampleRate,
  );
  const pure = renderTone(
    { ...shape, wave: 'sine', frequency: frequency * 0.9988, gain: 0.5 },
    sampleRate,
  );
  return addAt(warm, pure, 0, sampleRate);
}

/** A round bass note on the chord's root. */
function bass(note: string, sampleRate: number): Float64Array {
  return renderTone(
    {
      wave: 'triangle',
      frequency: hz(note),
      seconds: 2.6,
      attack: 0.02,
      decay: 0.7,
      gain: 1,
      cutoff: 500,
    },
    sampleRate,
  );
}

/**
 * The quiet music loop. Every note is added circularly: a tail that runs past
 * the end sounds again at the start, so the loop joins without a seam.
 */
export function musicLoop(sampleRate: number): Float64Array {
  const loop = silence(musicLoopSeconds, sampleRate);
  const barSeconds = beatSeconds * beatsPerBar;
  const add = (sound: Float64Array, at: number, gain: number) => {
    for (let i = 0; i < sound.length; i++) sound[i] = (sound[i] ?? 0) * gain;
    addAt(loop, sound, at, sampleRate, true);
  };
  chords.forEach((chord, bar) => {
    // The pad starts a little before its bar, so chords cross-fade.
    const at = bar * barSeconds - 0.6 + musicLoopSeconds;
    for (const note of chord) add(padVoice(note, sampleRate), at % musicLoopSeconds, 0.22);
    const root = chord[0];
    if (root !== undefined) {
      add(bass(root, sampleRate), bar * barSeconds, 0.35);
      add(bass(root, sampleRate), bar * barSeconds + 2 * beatSeconds, 0.2);
    }
  });
  for (const [beat, note] of tune)
    add(mallet(note, 1.4, 0.38, sampleRate), beat * beatSeconds, 0.32);
  return normalise(loop, -6);
}
