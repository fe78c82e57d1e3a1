import { describe, expect, test } from 'vitest';
import { encodeWav, wavHeaderBytes } from '../../scripts/sound/wav';
import { readWav } from './support/readWav';

describe('encodeWav', () => {
  test('writes a 16-bit mono PCM RIFF file a reader accepts', () => {
    const bytes = encodeWav([0, 0.5, -0.5, 1, -1], 22050);
    expect(bytes.length).toBe(wavHeaderBytes + 10);
    const wav = readWav(bytes);
    expect(wav).toMatchObject({
      format: 1,
      channels: 1,
      sampleRate: 22050,
      byteRate: 44100,
      blockAlign: 2,
      bitsPerSample: 16,
    });
    expect([...wav.samples]).toEqual([0, 16384, -16384, 32767, -32767]);
  });

  test('clamps samples beyond full scale', () => {
    expect([...readWav(encodeWav([3, -3], 8000)).samples]).toEqual([32767, -32767]);
  });
});
