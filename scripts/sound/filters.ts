import { exponential } from './portableMath';

/** Softens a sound: a one-pole low-pass filter, applied in place. */
export function lowpass(samples: Float64Array, cutoff: number, sampleRate: number): Float64Array {
  const keep = exponential((-2 * Math.PI * cutoff) / sampleRate);
  let state = 0;
  for (let i = 0; i < samples.length; i++) {
    state = (1 - keep) * (samples[i] ?? 0) + keep * state;
    samples[i] = state;
  }
  return samples;
}

/** Thins a sound: what a one-pole low-pass takes out, applied in place. */
export function highpass(samples: Float64Array, cutoff: number, sampleRate: number): Float64Array {
  const low = lowpass(Float64Array.from(samples), cutoff, sampleRate);
  for (let i = 0; i < samples.length; i++) samples[i] = (samples[i] ?? 0) - (low[i] ?? 0);
  return samples;
}
