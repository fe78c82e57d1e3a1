import { describe, expect, test } from 'vitest';
import {
  audioSettingsKey,
  defaultAudioSettings,
  loadAudioSettings,
  readAudioSettings,
  saveAudioSettings,
} from '../../src/audio/audioSettings';
import { memoryStorage, refusingStorage } from './support/memoryStorage';

describe('audio settings', () => {
  test('nothing stored gives the defaults', () => {
    expect(loadAudioSettings(memoryStorage())).toEqual(defaultAudioSettings);
    expect(loadAudioSettings(undefined)).toEqual(defaultAudioSettings);
  });

  test('what is saved is what is loaded, under the one key', () => {
    const storage = memoryStorage();
    const settings = { muted: true, volume: 0.35, music: false, sound: true };
    expect(saveAudioSettings(storage, settings)).toBe(true);
    expect([...storage.items.keys()]).toEqual([audioSettingsKey]);
    expect(loadAudioSettings(storage)).toEqual(settings);
  });

  test.each([
    ['not JSON', '{muted: true'],
    ['JSON null', 'null'],
    ['a number', '42'],
    ['a string', '"loud"'],
    ['an array', '[true, 0.5]'],
    ['an empty object', '{}'],
    ['every field the wrong type', '{"muted":"yes","volume":"0.5","music":1,"sound":null}'],
  ])('%s gives the defaults', (_name, stored) => {
    const storage = memoryStorage({ [audioSettingsKey]: stored });
    expect(loadAudioSettings(storage)).toEqual(defaultAudioSettings);
  });

  test('each good field is kept and each bad one falls back on its own', () => {
    expect(readAudioSettings({ muted: true, volume: 'loud', music: false, sound: 'no' })).toEqual({
      ...defaultAudioSettings,
      muted: true,
      music: false,
    });
  });

  test.each([
    [2, 1],
    [-0.5, 0],
    [0, 0],
    [0.42, 0.42],
  ])('a stored volume of %d is read as %d', (stored, read) => {
    expect(readAudioSettings({ volume: stored }).volume).toBe(read);
  });

  test('a volume that is not a finite number falls back to the default', () => {
    for (const volume of [Number.NaN, Number.POSITIVE_INFINITY, null]) {
      expect(readAudioSettings({ volume }).volume).toBe(defaultAudioSettings.volume);
    }
    // JSON turns NaN into null: a saved NaN comes back as the default too.
    expect(
      loadAudioSettings(
        memoryStorage({ [audioSettingsKey]: JSON.stringify({ volume: Number.NaN }) }),
      ).volume,
    ).toBe(defaultAudioSettings.volume);
  });

  test('a storage that throws never breaks the game', () => {
    expect(loadAudioSettings(refusingStorage())).toEqual(defaultAudioSettings);
    expect(saveAudioSettings(refusingStorage(), defaultAudioSettings)).toBe(false);
    expect(saveAudioSettings(undefined, defaultAudioSettings)).toBe(false);
  });

  test('unknown stored fields are dropped when saving', () => {
    const storage = memoryStorage();
    saveAudioSettings(storage, {
      ...defaultAudioSettings,
      extra: 1,
    } as typeof defaultAudioSettings);
    expect(JSON.parse(storage.items.get(audioSettingsKey) ?? '')).toEqual(defaultAudioSettings);
  });

  test('the defaults cannot be changed by accident', () => {
    expect(Object.isFrozen(defaultAudioSettings)).toBe(true);
  });
});
