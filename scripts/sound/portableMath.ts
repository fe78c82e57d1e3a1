/**
 * Sine and exponential built from + − × ÷, floor and round only. Those are
 * exactly rounded on every JavaScript engine, while Math.sin and Math.exp may
 * differ in the last bit between engines; building on the exact operations is
 * what makes the generated WAV files byte-identical everywhere.
 */

const tau = 6.283185307179586;

/** sin(2π × turns), accurate to about 1e-9. */
export function sineOfTurns(turns: number): number {
  const t = turns - Math.floor(turns);
  // Fold onto a quarter wave around zero, where the series converges fast.
  const folded = t < 0.25 ? t : t < 0.75 ? 0.5 - t : t - 1;
  const r = folded * tau;
  const r2 = r * r;
  return (
    r *
    (1 -
      (r2 / 6) *
        (1 - (r2 / 20) * (1 - (r2 / 42) * (1 - (r2 / 72) * (1 - (r2 / 110) * (1 - r2 / 156))))))
  );
}

/** e^x, accurate to about 1e-12 relative; 0 far below anything 16 bits can hold. */
export function exponential(x: number): number {
  if (x < -80) return 0;
  if (x > 80) throw new RangeError(`exponential(${x}) is out of range`);
  const k = Math.round(x / Math.LN2);
  const r = x - k * Math.LN2;
  let term = 1;
  let sum = 1;
  for (let n = 1; n <= 13; n++) {
    term = (term * r) / n;
    sum += term;
  }
  const step = k < 0 ? 0.5 : 2;
  for (let i = 0; i < Math.abs(k); i++) sum *= step;
  return sum;
}

/** The natural logarithm of a positive x, accurate to about 1e-13 relative. */
export function logarithm(x: number): number {
  if (!(x > 0) || !Number.isFinite(x)) throw new RangeError(`logarithm(${x}) is undefined`);
  let mantissa = x;
  let exponent = 0;
  while (mantissa >= 2) {
    mantissa /= 2;
    exponent++;
  }
  while (mantissa < 1) {
    mantissa *= 2;
    exponent--;
  }
  // ln(m) = 2 atanh(s) with s = (m − 1) / (m + 1) ≤ 1/3: a fast odd series.
  const s = (mantissa - 1) / (mantissa + 1);
  const s2 = s * s;
  let power = s;
  let sum = 0;
  for (let n = 1; n <= 27; n += 2) {
    sum += power / n;
    power *= s2;
  }
  return 2 * sum + exponent * Math.LN2;
}

/** A level in decibels as a linear gain: 10^(dB / 20). */
export function decibelsToGain(decibels: number): number {
  return exponential((decibels / 20) * Math.LN10);
}
