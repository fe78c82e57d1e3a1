import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, test } from 'vitest';
import { renderSoundFiles, type SoundFile, soundSampleRate } from '../../scripts/sound/soundFiles';
import { cueKeys, musicKey, soundFolder, soundKeys } from '../../src/audio/soundKeys';
import { readWav } from './support/readWav';

/** -3 dBFS as a 16-bit sample value. */
const minus3dB = 32768 * 10 ** (-3 / 20);
/** A cue's first and last samples must be this close to zero (about -60 dBFS). */
const nearZero = 33;

const files = renderSoundFiles();
const fileOf = (key: string): SoundFile => {
  const file = files.find((candidate) => candidate.key === key);
  if (file === undefined) throw new Error(`no file for ${key}`);
  return file;
};
const peakOf = (samples: Int16Array) => samples.reduce((peak, s) => Math.max(peak, Math.abs(s)), 0);

describe('the sound synthesis', () => {
  test('renders one file per sound key, at its URL', () => {
    expect(files.map((file) => file.key)).toEqual([...soundKeys]);
    for (const file of files) expect(file.path).toBe(`${soundFolder}/${file.key}.wav`);
  });

  test('is deterministic: a second run gives the same bytes', () => {
    const again = renderSoundFiles();
    for (const [i, file] of files.entries()) {
      expect(Buffer.from(again[i]?.bytes ?? []).equals(Buffer.from(file.bytes))).toBe(true);
    }
  });

  test.each(soundKeys)('%s is a valid 16-bit mono WAV at the sound sample rate', (key) => {
    const wav = readWav(fileOf(key).bytes);
    expect(wav).toMatchObject({
      format: 1,
      channels: 1,
      sampleRate: soundSampleRate,
      bitsPerSample: 16,
    });
    expect(soundSampleRate).toBe(22050);
  });

  test.each(soundKeys)('%s peaks below -3 dBFS and is not silent', (key) => {
    const peak = peakOf(readWav(fileOf(key).bytes).samples);
    expect(peak).toBeLessThan(minus3dB);
    expect(peak).toBeGreaterThan(32768 * 10 ** (-20 / 20));
  });

  test.each(cueKeys)('%s lasts 0.1–1.2 s and starts and ends at zero (no click)', (key) => {
    const { samples } = readWav(fileOf(key).bytes);
    const seconds = samples.length / soundSampleRate;
    expect(seconds).toBeGreaterThanOrEqual(0.1);
    expect(seconds).toBeLessThanOrEqual(1.2);
    expect(Math.abs(samples[0] ?? Number.NaN)).toBeLessThanOrEqual(nearZero);
    expect(Math.abs(samples.at(-1) ?? Number.NaN)).toBeLessThanOrEqual(nearZero);
  });

  test('the music loop lasts 8–16 s and joins its end to its start without a seam', () => {
    const { samples } = readWav(fileOf(musicKey).bytes);
    const seconds = samples.length / soundSampleRate;
    expect(seconds).toBeGreaterThanOrEqual(8);
    expect(seconds).toBeLessThanOrEqual(16);
    // A click is a jump in slope: the second difference across the join must look
    // like any other in the file.
    const at = (i: number) => samples[(i + samples.length) % samples.length] ?? 0;
    const bend = (i: number) => Math.abs(at(i + 1) - 2 * at(i) + at(i - 1));
    let largestInside = 0;
    for (let i = 1; i < samples.length - 1; i++) largestInside = Math.max(largestInside, bend(i));
    expect(bend(0)).toBeLessThanOrEqual(largestInside / 4);
    expect(bend(samples.length - 1)).toBeLessThanOrEqual(largestInside / 4);
  });

  test('the files are small: music under 800 KB, everything under 1.5 MB', () => {
    expect(fileOf(musicKey).bytes.length).toBeLessThan(800 * 1024);
    const total = files.reduce((sum, file) => sum + file.bytes.length, 0);
    expect(total).toBeLessThan(1.5 * 1024 * 1024);
  });
});

describe('the committed files in public/sounds', () => {
  const folder = join('public', soundFolder);

  test.each(soundKeys)('%s equals what the script generates now', (key) => {
    const file = fileOf(key);
    const committed = readFileSync(join('public', file.path));
    expect(
      committed.equals(Buffer.from(file.bytes)),
      `public/${file.path} is stale: run npx tsx scripts/makeSounds.ts`,
    ).toBe(true);
  });

  test('holds no sound files the script does not make', () => {
    expect(readdirSync(folder).sort()).toEqual(files.map((file) => `${file.key}.wav`).sort());
  });
});
