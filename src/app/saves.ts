/**
 * The autosave: the session log (scenario, seed, decisions), a few KB, kept
 * in Web Storage. Every storage call is guarded: a browser that refuses to
 * read or write still plays, and says so. A save that does not replay is
 * never thrown away: its bytes are copied aside under another key (or, when
 * they do not fit, left where they are) and offered as a download.
 */
export const saveKey = 'coach-or-rescue.save';
export const keptSaveKey = 'coach-or-rescue.save.unreadable';

/** The part of Web Storage a save needs (localStorage in the game, a fake in tests). */
export type SaveStorage = Pick<Storage, 'getItem' | 'setItem' | 'removeItem'>;

const reasonOf = (error: unknown) => (error instanceof Error ? error.message : String(error));

/** What the save slot holds, or why it could not be read. */
type SavedBytes =
  | { kind: 'none' }
  | { kind: 'bytes'; bytes: string }
  | { kind: 'refused'; reason: string };

export function readSave(storage: SaveStorage): SavedBytes {
  try {
    const bytes = storage.getItem(saveKey);
    return bytes === null ? { kind: 'none' } : { kind: 'bytes', bytes };
  } catch (error) {
    return { kind: 'refused', reason: reasonOf(error) };
  }
}

/** Writes the save; returns why it failed, or undefined when it is written. */
export function writeSave(storage: SaveStorage, bytes: string): string | undefined {
  try {
    storage.setItem(saveKey, bytes);
    return undefined;
  } catch (error) {
    return reasonOf(error);
  }
}

/** Where unreadable bytes were kept: another key, or (when that did not fit) the save slot itself. */
type KeptAside = { keptAs: string } | { keptAs: typeof saveKey; failed: string };

/**
 * Copies unreadable save bytes to a free key beside any kept before, then
 * clears the save slot for a new game. When the copy does not fit, the bytes
 * stay in the save slot, and the next new game's save is what replaces them.
 */
export function keepAside(storage: SaveStorage, bytes: string): KeptAside {
  try {
    let keptAs = keptSaveKey;
    for (let n = 2; ; n += 1) {
      const there = storage.getItem(keptAs);
      if (there === null || there === bytes) break;
      keptAs = `${keptSaveKey}.${n}`;
    }
    storage.setItem(keptAs, bytes);
    storage.removeItem(saveKey);
    return { keptAs };
  } catch (error) {
    return { keptAs: saveKey, failed: reasonOf(error) };
  }
}

/** A link target that downloads the given bytes as a file (a session's JSON unless told). */
export function saveDownloadHref(bytes: string, type = 'application/json'): string {
  return `data:${type};charset=utf-8,${encodeURIComponent(bytes)}`;
}
