import type { HowlOptions } from 'howler';
import type { SettingsStorage } from '../platform/storedSettings';
import { type AudioSettings, loadAudioSettings, saveAudioSettings } from './audioSettings';
import { type CueKey, cueKeys, musicKey, soundUrl } from './soundKeys';

/** The music plays this far below the cues (times the master volume). */
export const musicGain = 0.25;
/** The same cue does not start again within this many milliseconds. */
export const cueGapMs = 80;
/** The music fades in and out over these times, so it never starts or stops with a click. */
export const musicFadeInMs = 1500;
export const musicFadeOutMs = 500;

/** The part of a Howl the director uses; a fake in tests. */
export interface HowlSound {
  play(): number;
  stop(id?: number): unknown;
  fade(from: number, to: number, duration: number, id?: number): unknown;
  once(event: 'fade', callback: (soundId: number) => void, id?: number): unknown;
}

/** Howler's `Howl` constructor, or a fake. */
export type HowlConstructor = new (options: HowlOptions) => HowlSound;

/** The part of Howler's global the director uses; a fake in tests. */
export interface HowlerMixer {
  mute(muted: boolean): unknown;
  volume(volume: number): unknown;
  /** Howler's AudioContext, once it has one. */
  readonly ctx?: { readonly state: string; resume(): Promise<void> } | null;
}

export interface AudioDirectorOptions {
  readonly Howl: HowlConstructor;
  readonly Howler: HowlerMixer;
  /** Where settings are remembered; undefined when the browser gives none. */
  readonly storage?: SettingsStorage | undefined;
  /** A millisecond clock for the rate limit. */
  readonly now?: () => number;
}

/**
 * The game's sound, through Howler. Silent until `unlock()` is called from
 * the first user gesture: before that no Howl exists and Howler is never
 * touched (browsers refuse audio before a gesture and complain about it).
 * Settings changed before then are remembered and applied at unlock.
 */
export class AudioDirector {
  private readonly Howl: HowlConstructor;
  private readonly howler: HowlerMixer;
  private readonly storage: SettingsStorage | undefined;
  private readonly now: () => number;
  private current: AudioSettings;
  private isUnlocked = false;
  private readonly cues = new Map<CueKey, HowlSound>();
  private readonly lastPlayedAt = new Map<CueKey, number>();
  private music: HowlSound | undefined;
  private musicId: number | undefined;
  private musicWanted = false;

  constructor(options: AudioDirectorOptions) {
    this.Howl = options.Howl;
    this.howler = options.Howler;
    this.storage = options.storage;
    this.now = options.now ?? (() => performance.now());
    this.current = loadAudioSettings(this.storage);
  }

  /** The settings in force (remembered from the last visit, or the defaults). */
  get settings(): AudioSettings {
    return this.current;
  }

  /** True once the first user gesture has unlocked audio. */
  get unlocked(): boolean {
    return this.isUnlocked;
  }

  /** True while the music loop is playing (or fading in). */
  get musicPlaying(): boolean {
    return this.musicId !== undefined;
  }

  /**
   * Call from the first user gesture (pointerdown, keydown). Applies the
   * settings to Howler, loads the cues, and starts the music if it was asked
   * for. Calling it again does nothing.
   */
  unlock(): void {
    if (this.isUnlocked) return;
    this.isUnlocked = true;
    this.howler.volume(this.current.volume);
    this.howler.mute(this.current.muted);
    for (const cue of cueKeys) this.cueSound(cue);
    // Howler may have replaced its context while creating the first Howl: resume the current one.
    const context = this.howler.ctx;
    if (context && context.state === 'suspended') void context.resume().catch(() => undefined);
    this.syncMusic();
  }

  /**
   * Plays a cue. A silent no-op before unlock, while muted or with cues off,
   * and when the same cue started less than `cueGapMs` ago. Returns whether it
   * started.
   */
  play(cue: CueKey): boolean {
    if (!this.isUnlocked || this.current.muted || !this.current.sound) return false;
    const now = this.now();
    const last = this.lastPlayedAt.get(cue);
    if (last !== undefined && now - last < cueGapMs) return false;
    this.lastPlayedAt.set(cue, now);
    this.cueSound(cue).play();
    return true;
  }

  /** Asks for the music loop: it plays now if unlocked, or from the unlock on. */
  startMusic(): void {
    this.musicWanted = true;
    this.syncMusic();
  }

  /** Fades the music loop out. */
  stopMusic(): void {
    this.musicWanted = false;
    this.syncMusic();
  }

  setMuted(muted: boolean): void {
    this.update({ muted });
    if (this.isUnlocked) this.howler.mute(muted);
  }

  /** Flips mute and returns the new state. */
  toggleMute(): boolean {
    this.setMuted(!this.current.muted);
    return this.current.muted;
  }

  /** Sets the master volume, clamped to 0..1; anything not a number is ignored. */
  setVolume(volume: number): void {
    if (!Number.isFinite(volume)) return;
    const clamped = Math.min(1, Math.max(0, volume));
    this.update({ volume: clamped });
    if (this.isUnlocked) this.howler.volume(clamped);
  }

  /** Turns the music loop on or off (remembered). */
  setMusic(music: boolean): void {
    this.update({ music });
    this.syncMusic();
  }

  /** Turns the short cues on or off (remembered). */
  setSound(sound: boolean): void {
    this.update({ sound });
  }

  private update(change: Partial<AudioSettings>): void {
    this.current = { ...this.current, ...change };
    saveAudioSettings(this.storage, this.current);
  }

  private cueSound(cue: CueKey): HowlSound {
    let sound = this.cues.get(cue);
    if (sound === undefined) {
      sound = new this.Howl({ src: [soundUrl(cue)], preload: true });
      this.cues.set(cue, sound);
    }
    return sound;
  }

  private musicSound(): HowlSound {
    this.music ??= new this.Howl({ src: [soundUrl(musicKey)], loop: true, volume: 0 });
    return this.music;
  }

  private syncMusic(): void {
    const shouldPlay = this.isUnlocked && this.musicWanted && this.current.music;
    if (shouldPlay && this.musicId === undefined) {
      const music = this.musicSound();
      const id = music.play();
      music.fade(0, musicGain, musicFadeInMs, id);
      this.musicId = id;
    } else if (!shouldPlay && this.musicId !== undefined) {
      const music = this.musicSound();
      const id = this.musicId;
      this.musicId = undefined;
      // Fade first: starting a fade cancels a running fade-in and reports it as a
      // 'fade' event, which must not stop the music early.
      music.fade(musicGain, 0, musicFadeOutMs, id);
      music.once('fade', () => music.stop(id), id);
    }
  }
}
