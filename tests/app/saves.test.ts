import { describe, expect, test } from 'vitest';
import {
  keepAside,
  keptSaveKey,
  readSave,
  saveDownloadHref,
  saveKey,
  writeSave,
} from '../../src/app/saves';
import { memoryStorage } from '../support/memoryStorage';

describe('saves', () => {
  test('an empty slot reads as none; written bytes read back', () => {
    const storage = memoryStorage();
    expect(readSave(storage)).toEqual({ kind: 'none' });
    expect(writeSave(storage, '{"a":1}')).toBeUndefined();
    expect(readSave(storage)).toEqual({ kind: 'bytes', bytes: '{"a":1}' });
  });

  test('storage that refuses to read or write is a value, never a throw', () => {
    expect(readSave(memoryStorage({}, { getItem: true }))).toMatchObject({
      kind: 'refused',
      reason: expect.stringContaining('insecure'),
    });
    expect(writeSave(memoryStorage({}, { setItem: true }), 'x')).toContain('quota');
  });

  test('unreadable bytes are copied aside and the slot cleared', () => {
    const storage = memoryStorage({ [saveKey]: 'broken' });
    expect(keepAside(storage, 'broken')).toEqual({ keptAs: keptSaveKey });
    expect(storage.getItem(keptSaveKey)).toBe('broken');
    expect(storage.getItem(saveKey)).toBeNull();
  });

  test('a second broken save does not overwrite the first kept one', () => {
    const storage = memoryStorage({ [saveKey]: 'first broken', [keptSaveKey]: 'older broken' });
    expect(keepAside(storage, 'first broken')).toEqual({ keptAs: `${keptSaveKey}.2` });
    expect(storage.getItem(keptSaveKey)).toBe('older broken');
    expect(storage.getItem(`${keptSaveKey}.2`)).toBe('first broken');
  });

  test('bytes too large to copy aside stay where they are, and the failure is reported', () => {
    const big = 'x'.repeat(3_000_000);
    const storage = memoryStorage({ [saveKey]: big }, { setItem: (key) => key !== saveKey });
    const kept = keepAside(storage, big);
    expect(kept).toMatchObject({ keptAs: saveKey, failed: expect.stringContaining('quota') });
    expect(storage.getItem(saveKey)).toBe(big);
  });

  test('the download link carries the exact bytes', () => {
    const bytes = '{"a": "ä & %"}';
    const href = saveDownloadHref(bytes);
    expect(decodeURIComponent(href.slice(href.indexOf(',') + 1))).toBe(bytes);
  });
});
