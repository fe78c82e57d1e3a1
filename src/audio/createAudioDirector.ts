import { Howl, Howler } from 'howler';
import { browserStorage, type SettingsStorage } from '../platform/storedSettings';
import { AudioDirector } from './AudioDirector';

/**
 * The game's AudioDirector on the real Howler, remembering settings in
 * localStorage when the browser allows it.
 */
export function createAudioDirector(
  storage: SettingsStorage | undefined = browserStorage(),
): AudioDirector {
  return new AudioDirector({ Howl, Howler, storage });
}
