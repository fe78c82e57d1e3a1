import { describe, expect, test } from 'vitest';
import { audioSettingsKey } from '../../src/audio/audioSettings';
import { createAudioDirector } from '../../src/audio/createAudioDirector';
import { memoryStorage } from './support/memoryStorage';

describe('createAudioDirector', () => {
  test('builds a locked director on the real Howler with the remembered settings', () => {
    const storage = memoryStorage({ [audioSettingsKey]: '{"volume":0.3}' });
    const director = createAudioDirector(storage);
    expect(director.unlocked).toBe(false);
    expect(director.settings.volume).toBe(0.3);
    expect(director.play('choose')).toBe(false);
  });

  test('works where there is no localStorage at all (Node)', () => {
    expect(createAudioDirector().settings.muted).toBe(false);
  });
});
