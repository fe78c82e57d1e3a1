/**
 * Settings remembered between visits: JSON under one key in the browser's
 * storage, read back field by field so a damaged or older value falls back
 * to defaults, and written without ever stopping the game when the storage
 * refuses (private mode, quota, no storage at all).
 */

/** The part of the Web Storage API settings need; tests pass a fake. */
export type SettingsStorage = Pick<Storage, 'getItem' | 'setItem'>;

/** localStorage, or undefined where reading it throws (some sandboxed frames) or it is absent. */
export function browserStorage(): Storage | undefined {
  try {
    return globalThis.localStorage ?? undefined;
  } catch {
    return undefined;
  }
}

/** What `read` makes of the value stored under the key; `fallback` when there is none or it is not JSON. */
export function loadStored<T>(
  storage: SettingsStorage | undefined,
  key: string,
  read: (value: unknown) => T,
  fallback: T,
): T {
  try {
    const text = storage?.getItem(key);
    if (text === null || text === undefined) return fallback;
    return read(JSON.parse(text));
  } catch {
    return fallback;
  }
}

/** Stores the value as JSON under the key; false when there is no storage or it refuses. */
export function saveStored(
  storage: SettingsStorage | undefined,
  key: string,
  value: unknown,
): boolean {
  if (storage === undefined) return false;
  try {
    storage.setItem(key, JSON.stringify(value));
    return true;
  } catch {
    return false;
  }
}
