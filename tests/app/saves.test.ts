import { describe, expect, test } from 'vitest';
import {
  keptSaveKey,
  loadSave,
  type SaveData,
  saveDownloadHref,
  saveFormat,
  saveGame,
  saveKey,
} from '../../src/app/saves';

function memoryStorage(initial: Record<string, string> = {}) {
  const items = new Map(Object.entries(initial));
  return {
    items,
    getItem: (key: string) => items.get(key) ?? null,
    setItem: (key: string, value: string) => void items.set(key, value),
    removeItem: (key: string) => void items.delete(key),
  };
}

const save: SaveData = {
  format: saveFormat,
  scenarioId: 'standard',
  scenarioVersion: 'abc12345',
  seed: 7,
  savedWeek: 3,
  snapshot: { status: 'active', context: {} },
};

describe('saves', () => {
  test('no save reads as none', () => {
    expect(loadSave(memoryStorage())).toEqual({ kind: 'none' });
  });

  test('a save round-trips', () => {
    const storage = memoryStorage();
    saveGame(storage, save);
    expect(loadSave(storage)).toEqual({ kind: 'ok', save });
  });

  test.each([
    ['not JSON', '{"format": 1, "scen', 'damaged'],
    ['another format', JSON.stringify({ ...save, format: saveFormat + 1 }), 'another version'],
    ['no scenario', JSON.stringify({ ...save, scenarioId: 3 }), 'which scenario'],
    ['no snapshot', JSON.stringify({ ...save, snapshot: null }), 'no season'],
    ['an array', '[1, 2, 3]', 'not in a form'],
  ])('a save that is %s is reported broken and its bytes are kept', (_name, bytes, reason) => {
    const storage = memoryStorage({ [saveKey]: bytes });
    const loaded = loadSave(storage);
    expect(loaded.kind).toBe('broken');
    if (loaded.kind !== 'broken') return;
    expect(loaded.reason).toContain(reason);
    expect(loaded.bytes).toBe(bytes);
    expect(storage.getItem(loaded.keptAs)).toBe(bytes);
    expect(storage.getItem(saveKey)).toBeNull();
  });

  test('a second broken save does not overwrite the first kept one', () => {
    const storage = memoryStorage({ [saveKey]: 'first broken', [keptSaveKey]: 'older broken' });
    const loaded = loadSave(storage);
    expect(loaded.kind === 'broken' && loaded.keptAs).toBe(`${keptSaveKey}.2`);
    expect(storage.getItem(keptSaveKey)).toBe('older broken');
    expect(storage.getItem(`${keptSaveKey}.2`)).toBe('first broken');
  });

  test('the download link carries the exact bytes', () => {
    const bytes = '{"a": "ä & %"}';
    const href = saveDownloadHref(bytes);
    expect(decodeURIComponent(href.slice(href.indexOf(',') + 1))).toBe(bytes);
  });
});
