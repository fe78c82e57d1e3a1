/** How the game looks and moves: reduced motion and text size, remembered between visits. */
import { loadStored, type SettingsStorage, saveStored } from '../platform/storedSettings';
import { type TextScaleName, textScales } from '../ui/layout';

export interface DisplaySettings {
  readonly reducedMotion: boolean;
  readonly textSize: TextScaleName;
}

export const displaySettingsKey = 'coach-or-rescue.display';

export function loadDisplaySettings(
  storage: SettingsStorage | undefined,
  prefersReducedMotion: boolean,
): DisplaySettings {
  const defaults: DisplaySettings = { reducedMotion: prefersReducedMotion, textSize: 'normal' };
  const read = (value: unknown): DisplaySettings => {
    const stored: Record<string, unknown> =
      typeof value === 'object' && value !== null ? (value as Record<string, unknown>) : {};
    return {
      reducedMotion:
        typeof stored.reducedMotion === 'boolean' ? stored.reducedMotion : defaults.reducedMotion,
      textSize:
        typeof stored.textSize === 'string' && stored.textSize in textScales
          ? (stored.textSize as TextScaleName)
          : defaults.textSize,
    };
  };
  return loadStored(storage, displaySettingsKey, read, defaults);
}

/** Remembers the settings; where the storage refuses, they hold for this visit. */
export function saveDisplaySettings(
  storage: SettingsStorage | undefined,
  settings: DisplaySettings,
): void {
  saveStored(storage, displaySettingsKey, settings);
}
