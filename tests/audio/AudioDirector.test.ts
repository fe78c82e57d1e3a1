import { describe, expect, test } from 'vitest';
import {
  AudioDirector,
  cueGapMs,
  musicFadeInMs,
  musicFadeOutMs,
  musicGain,
} from '../../src/audio/AudioDirector';
import {
  type AudioSettings,
  audioSettingsKey,
  defaultAudioSettings,
  loadAudioSettings,
} from '../../src/audio/audioSettings';
import { cueKeys, soundUrl } from '../../src/audio/soundKeys';
import { type FakeAudio, fakeAudio, manualClock } from './support/fakeHowler';
import { memoryStorage } from './support/memoryStorage';

function makeDirector(stored?: Partial<AudioSettings>) {
  const audio = fakeAudio();
  const storage = memoryStorage(
    stored === undefined
      ? {}
      : { [audioSettingsKey]: JSON.stringify({ ...defaultAudioSettings, ...stored }) },
  );
  const clock = manualClock();
  const director = new AudioDirector({
    Howl: audio.Howl,
    Howler: audio.Howler,
    storage,
    now: clock.now,
  });
  return { audio, storage, clock, director };
}

function musicHowl(audio: FakeAudio) {
  const music = audio.howls.find((howl) => howl.src === soundUrl('music-loop'));
  if (music === undefined) throw new Error('no music Howl was made');
  return music;
}

describe('before the first user gesture', () => {
  test('nothing plays, no Howl exists and Howler is never touched', () => {
    const { audio, director } = makeDirector();
    director.startMusic();
    for (const cue of cueKeys) expect(director.play(cue)).toBe(false);
    director.setVolume(0.3);
    director.setMuted(true);
    director.toggleMute();
    expect(director.unlocked).toBe(false);
    expect(director.musicPlaying).toBe(false);
    expect(audio.howls).toEqual([]);
    expect(audio.played).toEqual([]);
    expect(audio.mixer).toEqual([]);
  });
});

describe('unlock', () => {
  test('applies the settings to Howler and loads every cue', () => {
    const { audio, director } = makeDirector({ volume: 0.4, muted: true });
    director.unlock();
    expect(director.unlocked).toBe(true);
    expect(audio.mixer).toEqual(['volume 0.4', 'mute true']);
    expect(audio.howls.map((howl) => howl.src)).toEqual(cueKeys.map(soundUrl));
    expect(audio.howls.every((howl) => howl.options.preload === true)).toBe(true);
    expect(audio.played).toEqual([]);
  });

  test('after unlock, cues play', () => {
    const { audio, director } = makeDirector();
    director.unlock();
    expect(director.play('deal-won')).toBe(true);
    expect(director.play('coach')).toBe(true);
    expect(audio.played).toEqual([soundUrl('deal-won'), soundUrl('coach')]);
  });

  test('a second unlock changes nothing', () => {
    const { audio, director } = makeDirector();
    director.unlock();
    director.unlock();
    expect(audio.howls).toHaveLength(cueKeys.length);
    expect(audio.mixer).toHaveLength(2);
  });

  test('resumes a suspended audio context', async () => {
    const { audio, director } = makeDirector();
    audio.Howler.ctx = {
      state: 'suspended',
      resume: async () => {
        audio.resumed++;
      },
    };
    director.unlock();
    expect(audio.resumed).toBe(1);
  });

  test('a context that refuses to resume does not throw', () => {
    const { audio, director } = makeDirector();
    audio.Howler.ctx = { state: 'suspended', resume: () => Promise.reject(new Error('no')) };
    expect(() => director.unlock()).not.toThrow();
  });
});

describe('mute and volume', () => {
  test('apply to Howler at once and are remembered', () => {
    const { audio, storage, director } = makeDirector();
    director.unlock();
    audio.mixer.length = 0;
    director.setVolume(0.5);
    director.setMuted(true);
    expect(audio.mixer).toEqual(['volume 0.5', 'mute true']);
    expect(loadAudioSettings(storage)).toEqual({
      ...defaultAudioSettings,
      volume: 0.5,
      muted: true,
    });
    expect(director.toggleMute()).toBe(false);
    expect(audio.mixer.at(-1)).toBe('mute false');
    expect(loadAudioSettings(storage).muted).toBe(false);
  });

  test('changed before unlock, they are remembered and applied at unlock', () => {
    const { audio, storage, director } = makeDirector();
    director.setVolume(0.25);
    director.toggleMute();
    expect(loadAudioSettings(storage)).toMatchObject({ volume: 0.25, muted: true });
    director.unlock();
    expect(audio.mixer).toEqual(['volume 0.25', 'mute true']);
  });

  test('a new director starts with what the last one remembered', () => {
    const first = makeDirector();
    first.director.setVolume(0.6);
    first.director.setMusic(false);
    const second = new AudioDirector({
      Howl: first.audio.Howl,
      Howler: first.audio.Howler,
      storage: first.storage,
    });
    expect(second.settings).toEqual({ ...defaultAudioSettings, volume: 0.6, music: false });
  });

  test.each([
    [1.5, 1],
    [-1, 0],
    [0.7, 0.7],
  ])('volume %d is clamped to %d', (asked, applied) => {
    const { audio, director } = makeDirector();
    director.unlock();
    director.setVolume(asked);
    expect(audio.mixer.at(-1)).toBe(`volume ${applied}`);
    expect(director.settings.volume).toBe(applied);
  });

  test('a volume that is not a number is ignored', () => {
    const { audio, director } = makeDirector({ volume: 0.4 });
    director.unlock();
    audio.mixer.length = 0;
    director.setVolume(Number.NaN);
    expect(director.settings.volume).toBe(0.4);
    expect(audio.mixer).toEqual([]);
  });

  test('while muted, cues are skipped rather than played silently', () => {
    const { audio, director } = makeDirector({ muted: true });
    director.unlock();
    expect(director.play('rescue')).toBe(false);
    director.setMuted(false);
    expect(director.play('rescue')).toBe(true);
    expect(audio.played).toEqual([soundUrl('rescue')]);
  });

  test('with cues turned off, none play; the setting is remembered', () => {
    const { storage, director } = makeDirector();
    director.unlock();
    director.setSound(false);
    expect(director.play('choose')).toBe(false);
    expect(loadAudioSettings(storage).sound).toBe(false);
  });
});

describe('rate limit', () => {
  test(`the same cue does not start twice within ${cueGapMs} ms`, () => {
    const { audio, clock, director } = makeDirector();
    director.unlock();
    expect(director.play('week-tick')).toBe(true);
    clock.advance(cueGapMs - 1);
    expect(director.play('week-tick')).toBe(false);
    clock.advance(1);
    expect(director.play('week-tick')).toBe(true);
    expect(audio.played).toEqual([soundUrl('week-tick'), soundUrl('week-tick')]);
  });

  test('different cues do not hold each other back', () => {
    const { audio, director } = makeDirector();
    director.unlock();
    expect(director.play('deal-won')).toBe(true);
    expect(director.play('deal-lost')).toBe(true);
    expect(director.play('help-request')).toBe(true);
    expect(audio.played).toHaveLength(3);
  });

  test('a skipped cue does not restart the gap', () => {
    const { clock, director } = makeDirector();
    director.unlock();
    director.play('choose');
    clock.advance(50);
    director.play('choose');
    clock.advance(30);
    expect(director.play('choose')).toBe(true);
  });
});

describe('music', () => {
  test('asked for before unlock, it starts at unlock and fades in, well below the cues', () => {
    const { audio, director } = makeDirector({ volume: 1 });
    director.startMusic();
    expect(audio.howls).toEqual([]);
    director.unlock();
    const music = musicHowl(audio);
    expect(music.options).toMatchObject({ loop: true, volume: 0 });
    expect(music.calls).toEqual(['play 1', `fade 0→${musicGain} ${musicFadeInMs}ms 1`]);
    expect(musicGain).toBeLessThanOrEqual(0.3);
    expect(director.musicPlaying).toBe(true);
  });

  test('starting twice plays one loop', () => {
    const { audio, director } = makeDirector();
    director.unlock();
    director.startMusic();
    director.startMusic();
    expect(audio.played.filter((src) => src === soundUrl('music-loop'))).toHaveLength(1);
  });

  test('stopping fades it out, then stops it', () => {
    const { audio, director } = makeDirector();
    director.unlock();
    director.startMusic();
    director.stopMusic();
    const music = musicHowl(audio);
    expect(music.calls.at(-1)).toBe(`fade ${musicGain}→0 ${musicFadeOutMs}ms 1`);
    expect(director.musicPlaying).toBe(false);
    music.finishFade(1);
    expect(music.calls.at(-1)).toBe('stop 1');
  });

  test('a restart during the fade-out is a new sound the old fade does not stop', () => {
    const { audio, director } = makeDirector();
    director.unlock();
    director.startMusic();
    director.stopMusic();
    director.startMusic();
    const music = musicHowl(audio);
    music.finishFade(1);
    expect(music.calls).toContain('play 2');
    expect(music.calls).not.toContain('stop 2');
    expect(director.musicPlaying).toBe(true);
  });

  test('music turned off does not play, and turning it on starts it', () => {
    const { audio, storage, director } = makeDirector({ music: false });
    director.unlock();
    director.startMusic();
    expect(audio.played).not.toContain(soundUrl('music-loop'));
    director.setMusic(true);
    expect(audio.played).toContain(soundUrl('music-loop'));
    expect(loadAudioSettings(storage).music).toBe(true);
    director.setMusic(false);
    expect(director.musicPlaying).toBe(false);
  });

  test('mute leaves the loop running under Howler’s mute, so unmuting brings it back', () => {
    const { audio, director } = makeDirector();
    director.unlock();
    director.startMusic();
    director.setMuted(true);
    expect(director.musicPlaying).toBe(true);
    expect(audio.mixer.at(-1)).toBe('mute true');
  });
});
