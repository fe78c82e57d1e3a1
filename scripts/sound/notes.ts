import { exponential } from './portableMath';

const semitonesFromC: Readonly<Record<string, number>> = {
  C: 0,
  D: 2,
  E: 4,
  F: 5,
  G: 7,
  A: 9,
  B: 11,
};

/**
 * The frequency of a note name in equal temperament with A4 = 440 Hz:
 * `hz('C5')`, `hz('Eb3')`, `hz('F#4')`.
 */
export function hz(note: string): number {
  const match = /^([A-G])(#|b)?(-?\d)$/.exec(note);
  const letter = match?.[1];
  const octave = match?.[3];
  const base = letter === undefined ? undefined : semitonesFromC[letter];
  if (base === undefined || octave === undefined) throw new Error(`not a note name: "${note}"`);
  const accidental = match?.[2] === '#' ? 1 : match?.[2] === 'b' ? -1 : 0;
  const midi = 12 * (Number(octave) + 1) + base + accidental;
  return 440 * exponential(((midi - 69) / 12) * Math.LN2);
}
