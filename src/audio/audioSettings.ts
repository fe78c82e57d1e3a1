import { loadStored, type SettingsStorage, saveStored } from '../platform/storedSettings';

/** What the player chose about sound; remembered between visits. */
export interface AudioSettings {
  /** Everything silent, whatever the other settings say. */
  readonly muted: boolean;
  /** Master volume, 0..1. */
  readonly volume: number;
  /** The music loop plays. */
  readonly music: boolean;
  /** The short cues play. */
  readonly sound: boolean;
}

export const defaultAudioSettings: AudioSettings = Object.freeze({
  muted: false,
  volume: 0.8,
  music: true,
  sound: true,
});

/** The one localStorage key the settings live under. */
export const audioSettingsKey = 'coach-or-rescue.audio';

/**
 * Reads settings from anything (parsed JSON, usually). Each field that is
 * missing or of the wrong type falls back to its default; the volume is
 * clamped to 0..1. Never throws.
 */
export function readAudioSettings(value: unknown): AudioSettings {
  const stored: Record<string, unknown> =
    typeof value === 'object' && value !== null ? (value as Record<string, unknown>) : {};
  const flag = (name: 'muted' | 'music' | 'sound'): boolean => {
    const field = stored[name];
    return typeof field === 'boolean' ? field : defaultAudioSettings[name];
  };
  const volume = stored.volume;
  return {
    muted: flag('muted'),
    volume:
      typeof volume === 'number' && Number.isFinite(volume)
        ? Math.min(1, Math.max(0, volume))
        : defaultAudioSettings.volume,
    music: flag('music'),
    sound: flag('sound'),
  };
}

/** Loads the remembered settings; defaults when there are none, or they are unreadable. */
export function loadAudioSettings(storage: SettingsStorage | undefined): AudioSettings {
  return loadStored(storage, audioSettingsKey, readAudioSettings, defaultAudioSettings);
}

/**
 * Remembers the settings. Returns false when the storage refuses (private
 * mode, quota, no storage at all); the game plays on either way.
 */
export function saveAudioSettings(
  storage: SettingsStorage | undefined,
  settings: AudioSettings,
): boolean {
  return saveStored(storage, audioSettingsKey, readAudioSettings(settings));
}
