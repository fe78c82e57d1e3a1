import type { SettingsStorage } from '../../../src/platform/storedSettings';

/** An in-memory stand-in for localStorage. */
export function memoryStorage(initial: Record<string, string> = {}): SettingsStorage & {
  readonly items: Map<string, string>;
} {
  const items = new Map(Object.entries(initial));
  return {
    items,
    getItem: (key) => items.get(key) ?? null,
    setItem: (key, value) => {
      items.set(key, value);
    },
  };
}

/** A storage that throws on every call, like localStorage in some private modes. */
export function refusingStorage(): SettingsStorage {
  return {
    getItem: () => {
      throw new Error('SecurityError: storage is disabled');
    },
    setItem: () => {
      throw new Error('QuotaExceededError');
    },
  };
}
