/** Bytes in the canonical PCM WAV header (RIFF, fmt and data chunk headers). */
export const wavHeaderBytes = 44;

/**
 * Encodes mono samples in -1..1 as a 16-bit PCM WAV file. Values are clamped
 * and rounded to the nearest step (halves away from zero).
 */
export function encodeWav(samples: ArrayLike<number>, sampleRate: number): Uint8Array {
  const dataBytes = samples.length * 2;
  const bytes = new Uint8Array(wavHeaderBytes + dataBytes);
  const view = new DataView(bytes.buffer);
  const ascii = (offset: number, text: string) => {
    for (let i = 0; i < text.length; i++) view.setUint8(offset + i, text.charCodeAt(i));
  };
  ascii(0, 'RIFF');
  view.setUint32(4, 36 + dataBytes, true);
  ascii(8, 'WAVE');
  ascii(12, 'fmt ');
  view.setUint32(16, 16, true); // fmt chunk size
  view.setUint16(20, 1, true); // PCM
  view.setUint16(22, 1, true); // mono
  view.setUint32(24, sampleRate, true);
  view.setUint32(28, sampleRate * 2, true); // bytes per second
  view.setUint16(32, 2, true); // bytes per frame
  view.setUint16(34, 16, true); // bits per sample
  ascii(36, 'data');
  view.setUint32(40, dataBytes, true);
  for (let i = 0; i < samples.length; i++) {
    const clamped = Math.max(-1, Math.min(1, samples[i] ?? 0));
    // Round halves away from zero, the same both ways, so rounding adds no offset.
    const step = Math.round(Math.abs(clamped) * 32767);
    view.setInt16(wavHeaderBytes + i * 2, clamped < 0 ? -step : step, true);
  }
  return bytes;
}
