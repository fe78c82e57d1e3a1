import { decibelsToGain } from './portableMath';

/** A silent buffer `seconds` long. */
export function silence(seconds: number, sampleRate: number): Float64Array {
  return new Float64Array(Math.round(seconds * sampleRate));
}

/**
 * Adds `source` into `target` starting at `atSeconds`. With `wrap`, whatever
 * runs past the end continues from the start, which is how a loop stays
 * seamless; without it, the overflow is an error (a sound cut short clicks).
 */
export function addAt(
  target: Float64Array,
  source: Float64Array,
  atSeconds: number,
  sampleRate: number,
  wrap = false,
): Float64Array {
  const start = Math.round(atSeconds * sampleRate);
  if (!wrap && start + source.length > target.length) {
    throw new RangeError(
      `a sound at ${atSeconds}s runs ${start + source.length - target.length} samples past the end`,
    );
  }
  for (let i = 0; i < source.length; i++) {
    const at = (start + i) % target.length;
    target[at] = (target[at] ?? 0) + (source[i] ?? 0);
  }
  return target;
}

/** The largest absolute sample value. */
export function peakOf(samples: ArrayLike<number>): number {
  let peak = 0;
  for (let i = 0; i < samples.length; i++) peak = Math.max(peak, Math.abs(samples[i] ?? 0));
  return peak;
}

/** Scales a sound in place so its peak sits at `peakDecibels` dBFS. */
export function normalise(samples: Float64Array, peakDecibels: number): Float64Array {
  const peak = peakOf(samples);
  if (peak === 0) return samples;
  const scale = decibelsToGain(peakDecibels) / peak;
  for (let i = 0; i < samples.length; i++) samples[i] = (samples[i] ?? 0) * scale;
  return samples;
}
