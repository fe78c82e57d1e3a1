import { describe, expect, test } from 'vitest';
import { cueKeys, musicKey, soundKeys, soundUrl } from '../../src/audio/soundKeys';

describe('sound keys', () => {
  test('the sounds are the cues and the music loop, each once', () => {
    expect(soundKeys).toEqual([...cueKeys, musicKey]);
    expect(new Set(soundKeys).size).toBe(soundKeys.length);
  });

  test.each(soundKeys)('%s has a relative URL under sounds/', (key) => {
    const url = soundUrl(key);
    expect(url).toBe(`sounds/${key}.wav`);
    expect(url.startsWith('/')).toBe(false);
    expect(new URL(url, 'https://example.org/team/game/').pathname).toBe(
      `/team/game/sounds/${key}.wav`,
    );
  });
});
