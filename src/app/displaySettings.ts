/** How the game looks and moves: reduced motion and text size, remembered between visits. */
import { type TextScaleName, textScales } from '../ui/layout';

export interface DisplaySettings {
  readonly reducedMotion: boolean;
  readonly textSize: TextScaleName;
}

export const displaySettingsKey = 'coach-or-rescue.display';

type SettingsStorage = Pick<Storage, 'getItem' | 'setItem'>;

export function loadDisplaySettings(
  storage: SettingsStorage | undefined,
  prefersReducedMotion: boolean,
): DisplaySettings {
  const defaults: DisplaySettings = { reducedMotion: prefersReducedMotion, textSize: 'normal' };
  try {
    const text = storage?.getItem(displaySettingsKey);
    if (!text) return defaults;
    const stored = JSON.parse(text) as Record<string, unknown>;
    return {
      reducedMotion:
        typeof stored.reducedMotion === 'boolean' ? stored.reducedMotion : defaults.reducedMotion,
      textSize:
        typeof stored.textSize === 'string' && stored.textSize in textScales
          ? (stored.textSize as TextScaleName)
          : defaults.textSize,
    };
  } catch {
    return defaults;
  }
}

export function saveDisplaySettings(
  storage: SettingsStorage | undefined,
  settings: DisplaySettings,
): void {
  try {
    storage?.setItem(displaySettingsKey, JSON.stringify(settings));
  } catch {
    // Storage refused (private mode, full): the setting holds for this visit.
  }
}
