import { sineOfTurns } from './portableMath';

/** The wave shapes the sounds are made of: soft, few harmonics. */
export const waves = ['sine', 'triangle'] as const;
export type Wave = (typeof waves)[number];

/** Highest partial kept, as a share of the sample rate (a margin under Nyquist). */
const partialCeiling = 0.45;

/**
 * One sample of a wave at the given phase (in turns). The triangle is built
 * from its odd harmonics below the Nyquist limit, so high notes do not alias.
 */
export function waveAt(wave: Wave, turns: number, frequency: number, sampleRate: number): number {
  if (wave === 'sine') return sineOfTurns(turns);
  let value = 0;
  let sign = 1;
  for (let harmonic = 1; harmonic <= 9; harmonic += 2) {
    if (harmonic * frequency > partialCeiling * sampleRate) break;
    value += (sign * sineOfTurns(turns * harmonic)) / (harmonic * harmonic);
    sign = -sign;
  }
  return value * (8 / (Math.PI * Math.PI));
}
