/**
 * Seeded white noise in -1..1 (mulberry32): integer arithmetic only, so the
 * same seed gives the same samples on every engine.
 */
export function whiteNoise(length: number, seed: number): Float64Array {
  const samples = new Float64Array(length);
  let state = seed >>> 0;
  for (let i = 0; i < length; i++) {
    state = (state + 0x6d2b79f5) >>> 0;
    let t = state;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    const unit = ((t ^ (t >>> 14)) >>> 0) / 4294967296;
    samples[i] = unit * 2 - 1;
  }
  return samples;
}
