import type { CueKey } from '../../src/audio/soundKeys';
import { lowpass } from './filters';
import { chime, knock, mallet } from './instruments';
import { addAt, normalise, silence } from './mix';
import { hz } from './notes';
import { renderNoiseBurst, renderTone } from './tone';

/** A part of a cue: a rendered sound and when it starts, in seconds. */
type Part = readonly [at: number, sound: Float64Array];

function layer(
  seconds: number,
  peakDecibels: number,
  sampleRate: number,
  parts: Part[],
): Float64Array {
  const mix = silence(seconds, sampleRate);
  for (const [at, sound] of parts) addAt(mix, sound, at, sampleRate);
  return normalise(mix, peakDecibels);
}

/** Picking an option: a small, soft pop. */
function choose(sampleRate: number): Float64Array {
  const pop = renderTone(
    {
      wave: 'sine',
      frequency: hz('C6'),
      glideTo: hz('G5'),
      glideSeconds: 0.03,
      seconds: 0.13,
      attack: 0.002,
      decay: 0.03,
      gain: 1,
    },
    sampleRate,
  );
  const under = renderTone(
    {
      wave: 'triangle',
      frequency: hz('C5'),
      seconds: 0.13,
      attack: 0.002,
      decay: 0.025,
      gain: 0.3,
    },
    sampleRate,
  );
  return layer(0.14, -9, sampleRate, [
    [0, pop],
    [0, under],
  ]);
}

/** Coaching: warm and hopeful, a rising major arpeggio over a soft swell. */
function coach(sampleRate: number): Float64Array {
  const note = (name: string, seconds: number): Float64Array =>
    renderTone(
      {
        wave: 'triangle',
        frequency: hz(name),
        seconds,
        attack: 0.01,
        decay: 0.28,
        gain: 0.8,
        cutoff: 2600,
      },
      sampleRate,
    );
  const swell = (name: string): Float64Array =>
    renderTone(
      {
        wave: 'sine',
        frequency: hz(name),
        seconds: 0.85,
        attack: 0.18,
        hold: 0.1,
        decay: 0.22,
        gain: 0.35,
      },
      sampleRate,
    );
  return layer(0.9, -5, sampleRate, [
    [0, swell('C4')],
    [0, swell('G4')],
    [0, note('C5', 0.6)],
    [0.1, note('E5', 0.6)],
    [0.2, note('G5', 0.65)],
    [0.3, note('C6', 0.6)],
  ]);
}

/** Rescuing a deal: urgent repeated stabs over a heavy low thump. */
function rescue(sampleRate: number): Float64Array {
  const thump = renderTone(
    {
      wave: 'sine',
      frequency: 140,
      glideTo: 55,
      glideSeconds: 0.12,
      seconds: 0.3,
      attack: 0.002,
      decay: 0.09,
      gain: 1,
    },
    sampleRate,
  );
  const stab = (name: string, seconds: number): Float64Array => {
    const high = renderTone(
      { wave: 'triangle', frequency: hz(name), seconds, attack: 0.004, decay: 0.07, gain: 0.55 },
      sampleRate,
    );
    const low = renderTone(
      {
        wave: 'triangle',
        frequency: hz(name) / 2,
        seconds,
        attack: 0.004,
        decay: 0.09,
        gain: 0.45,
      },
      sampleRate,
    );
    return lowpass(addAt(high, low, 0, sampleRate), 3000, sampleRate);
  };
  return layer(0.62, -4, sampleRate, [
    [0, thump],
    [0, stab('D4', 0.2)],
    [0.13, stab('D4', 0.2)],
    [0.26, stab('F4', 0.35)],
    [0.26, thump],
  ]);
}

/** A deal won: a bright rising chime. */
function dealWon(sampleRate: number): Float64Array {
  return layer(1.15, -5, sampleRate, [
    [0, chime('E5', 0.9, sampleRate)],
    [0.08, chime('G5', 0.9, sampleRate)],
    [0.16, chime('C6', 0.98, sampleRate)],
  ]);
}

/** A deal lost: a soft tone falling away. */
function dealLost(sampleRate: number): Float64Array {
  const fall = (from: string, to: string, gain: number): Float64Array =>
    renderTone(
      {
        wave: 'triangle',
        frequency: hz(from),
        glideTo: hz(to),
        glideSeconds: 0.55,
        seconds: 0.88,
        attack: 0.03,
        hold: 0.12,
        decay: 0.28,
        gain,
        cutoff: 1400,
      },
      sampleRate,
    );
  return layer(0.9, -7, sampleRate, [
    [0, fall('G4', 'C4', 1)],
    [0, fall('Eb4', 'Ab3', 0.45)],
  ]);
}

/** A rep asking for help: two gentle knocks and a soft ping. */
function helpRequest(sampleRate: number): Float64Array {
  return layer(0.62, -7, sampleRate, [
    [0, knock(11, sampleRate)],
    [0.12, knock(12, sampleRate)],
    [0.24, mallet('A5', 0.38, 0.12, sampleRate, 2.76)],
  ]);
}

/** A week passing: a very short, soft tick. */
function weekTick(sampleRate: number): Float64Array {
  const click = renderTone(
    { wave: 'sine', frequency: 1900, seconds: 0.07, attack: 0.001, decay: 0.01, gain: 1 },
    sampleRate,
  );
  const grain = renderNoiseBurst(
    { seconds: 0.03, attack: 0.0008, decay: 0.004, gain: 0.25, seed: 7, cutoff: 6000 },
    sampleRate,
  );
  return layer(0.1, -15, sampleRate, [
    [0, click],
    [0, grain],
  ]);
}

/** The manager near burnout: a low, uneasy double pulse that beats against itself. */
function burnoutWarning(sampleRate: number): Float64Array {
  const pulse = (): Float64Array => {
    const envelope = { attack: 0.05, hold: 0.06, decay: 0.12, seconds: 0.5 };
    const root = renderTone(
      { ...envelope, wave: 'triangle', frequency: hz('A2'), gain: 1, cutoff: 900 },
      sampleRate,
    );
    // A few hertz off the root: the two beat together, an uneasy wobble.
    const rub = renderTone(
      { ...envelope, wave: 'triangle', frequency: hz('A2') * 1.05, gain: 0.8, cutoff: 900 },
      sampleRate,
    );
    const tritone = renderTone(
      { ...envelope, wave: 'sine', frequency: hz('Eb3'), gain: 0.35 },
      sampleRate,
    );
    return addAt(addAt(root, rub, 0, sampleRate), tritone, 0, sampleRate);
  };
  return layer(1.0, -5, sampleRate, [
    [0, pulse()],
    [0.42, pulse()],
  ]);
}

/** Every cue's design: the compiler checks that each cue key has one. */
export const cueDesigns: Readonly<Record<CueKey, (sampleRate: number) => Float64Array>> = {
  choose,
  coach,
  rescue,
  'deal-won': dealWon,
  'deal-lost': dealLost,
  'help-request': helpRequest,
  'week-tick': weekTick,
  'burnout-warning': burnoutWarning,
};
