/**
 * A small, independent WAV reader for the tests (not the encoder's code): it
 * walks the RIFF chunks and returns the format and the 16-bit samples.
 */
export interface WavFile {
  readonly format: number;
  readonly channels: number;
  readonly sampleRate: number;
  readonly byteRate: number;
  readonly blockAlign: number;
  readonly bitsPerSample: number;
  readonly samples: Int16Array;
}

export function readWav(bytes: Uint8Array): WavFile {
  const view = new DataView(bytes.buffer, bytes.byteOffset, bytes.byteLength);
  const tag = (offset: number) =>
    String.fromCharCode(...bytes.subarray(offset, offset + 4).values());
  if (tag(0) !== 'RIFF' || tag(8) !== 'WAVE') throw new Error('not a RIFF/WAVE file');
  if (view.getUint32(4, true) !== bytes.length - 8) throw new Error('RIFF size does not match');
  let fmt: Omit<WavFile, 'samples'> | undefined;
  let samples: Int16Array | undefined;
  for (let offset = 12; offset + 8 <= bytes.length; ) {
    const id = tag(offset);
    const size = view.getUint32(offset + 4, true);
    const body = offset + 8;
    if (body + size > bytes.length) throw new Error(`chunk "${id}" runs past the end`);
    if (id === 'fmt ') {
      fmt = {
        format: view.getUint16(body, true),
        channels: view.getUint16(body + 2, true),
        sampleRate: view.getUint32(body + 4, true),
        byteRate: view.getUint32(body + 8, true),
        blockAlign: view.getUint16(body + 12, true),
        bitsPerSample: view.getUint16(body + 14, true),
      };
    } else if (id === 'data') {
      samples = new Int16Array(size / 2);
      for (let i = 0; i < samples.length; i++) samples[i] = view.getInt16(body + i * 2, true);
    }
    offset = body + size + (size % 2);
  }
  if (fmt === undefined || samples === undefined) throw new Error('missing fmt or data chunk');
  return { ...fmt, samples };
}
