import { type Envelope, envelopeAt, riseAt } from './envelope';
import { lowpass } from './filters';
import { whiteNoise } from './noise';
import { type Wave, waveAt } from './oscillators';
import { exponential, logarithm } from './portableMath';

/** Every tone ends with this fade, so it stops at exactly zero. */
const endFadeSeconds = 0.012;

/** One pitched voice: a wave, a pitch (optionally gliding), an envelope. */
export interface Tone extends Envelope {
  readonly wave: Wave;
  /** Starting pitch in Hz. */
  readonly frequency: number;
  /** Pitch the tone glides to (exponentially), and how long the glide takes. */
  readonly glideTo?: number;
  readonly glideSeconds?: number;
  /** Length rendered, in seconds; the tone fades to zero by its end. */
  readonly seconds: number;
  readonly gain: number;
  /** Low-pass cutoff in Hz, for a warmer, duller colour. */
  readonly cutoff?: number;
}

/** Renders a tone into a new buffer, starting and ending at zero. */
export function renderTone(tone: Tone, sampleRate: number): Float64Array {
  const length = Math.round(tone.seconds * sampleRate);
  const samples = new Float64Array(length);
  const glideSeconds = tone.glideSeconds ?? tone.seconds;
  const glideOctaves =
    tone.glideTo === undefined ? 0 : logarithm(tone.glideTo / tone.frequency) / Math.LN2;
  let turns = 0;
  for (let i = 0; i < length; i++) {
    const seconds = i / sampleRate;
    const glide = Math.min(1, seconds / glideSeconds);
    const frequency =
      glideOctaves === 0
        ? tone.frequency
        : tone.frequency * exponential(glide * glideOctaves * Math.LN2);
    samples[i] = waveAt(tone.wave, turns, frequency, sampleRate) * envelopeAt(tone, seconds);
    turns += frequency / sampleRate;
    turns -= Math.floor(turns);
  }
  if (tone.cutoff !== undefined) lowpass(samples, tone.cutoff, sampleRate);
  return finish(samples, tone.gain, sampleRate);
}

/** A burst of filtered noise: the body of a knock or a tick. */
export interface NoiseBurst extends Envelope {
  readonly seconds: number;
  readonly gain: number;
  readonly seed: number;
  readonly cutoff: number;
}

/** Renders a noise burst into a new buffer, starting and ending at zero. */
export function renderNoiseBurst(burst: NoiseBurst, sampleRate: number): Float64Array {
  const length = Math.round(burst.seconds * sampleRate);
  const samples = lowpass(whiteNoise(length, burst.seed), burst.cutoff, sampleRate);
  for (let i = 0; i < length; i++) {
    samples[i] = (samples[i] ?? 0) * envelopeAt(burst, i / sampleRate);
  }
  return finish(samples, burst.gain, sampleRate);
}

function finish(samples: Float64Array, gain: number, sampleRate: number): Float64Array {
  const fadeLength = Math.min(samples.length, Math.round(endFadeSeconds * sampleRate));
  for (let i = 0; i < samples.length; i++) {
    const fromEnd = samples.length - 1 - i;
    const fade = fromEnd < fadeLength ? riseAt(fromEnd / fadeLength) : 1;
    samples[i] = (samples[i] ?? 0) * gain * fade;
  }
  return samples;
}
