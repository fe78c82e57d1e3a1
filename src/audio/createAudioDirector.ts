import { Howl, Howler } from 'howler';
import { AudioDirector } from './AudioDirector';
import type { SettingsStorage } from './audioSettings';

/**
 * The game's AudioDirector on the real Howler, remembering settings in
 * localStorage when the browser allows it.
 */
export function createAudioDirector(
  storage: SettingsStorage | undefined = browserStorage(),
): AudioDirector {
  return new AudioDirector({ Howl, Howler, storage });
}

/** localStorage, or undefined where reading it throws (some sandboxed frames) or it is absent. */
function browserStorage(): SettingsStorage | undefined {
  try {
    return globalThis.localStorage ?? undefined;
  } catch {
    return undefined;
  }
}
