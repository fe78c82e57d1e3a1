/**
 * The game's wiring around saves: whatever the browser's storage does, the
 * game starts; a save that does not replay is kept byte for byte and said so;
 * a session file opens where it stopped, and a bad one touches nothing.
 */
import { describe, expect, test } from 'vitest';
import { GameApp } from '../../src/app/GameApp';
import type { PageState } from '../../src/app/pageState';
import { keptSaveKey, type SaveStorage, saveKey } from '../../src/app/saves';
import type { AudioDirector } from '../../src/audio/AudioDirector';
import type { DomLayer } from '../../src/ui/DomLayer';
import { memoryStorage } from '../support/memoryStorage';
import { testCatalogue } from '../support/testScenario';

function makeApp(storage: SaveStorage | undefined) {
  return new GameApp({
    dom: {} as DomLayer,
    page: { announce: () => undefined } as unknown as PageState,
    audio: { play: () => true } as unknown as AudioDirector,
    storage,
    fast: true,
    seed: 9,
    prefersReducedMotion: false,
    catalogue: testCatalogue,
  });
}

const [first] = testCatalogue;
if (!first?.ok) throw new Error('the test catalogue has a playable scenario');
const entry = first;

/** A session of four weeks, as its autosave bytes. */
function fourWeeks(): string {
  const storage = memoryStorage();
  const app = makeApp(storage);
  const session = app.startNew(entry);
  for (let week = 1; week <= 4; week += 1) session.endWeek();
  app.closeSession();
  return storage.getItem(saveKey)!;
}

describe('GameApp and the saved game', () => {
  test('a save that replays offers to continue where it stopped', () => {
    const storage = memoryStorage({ [saveKey]: fourWeeks() });
    const app = makeApp(storage);
    expect(app.savedGame.kind).toBe('ok');
    const resumed = app.continueSaved();
    expect(resumed.ok && resumed.session.week).toBe(5);
  });

  test('a save with one decision tampered is refused with its number, and kept byte for byte', () => {
    const bytes = fourWeeks().replace('"week":2}', '"week":7}');
    const storage = memoryStorage({ [saveKey]: bytes });
    const app = makeApp(storage);
    expect(app.savedGame).toMatchObject({
      kind: 'broken',
      reason: expect.stringMatching(/^decision 2 \(week 7\) does not apply/),
      bytes,
      keptAs: keptSaveKey,
    });
    expect(storage.getItem(keptSaveKey)).toBe(bytes);
    // Starting anew leaves the kept bytes alone.
    app.dismissBrokenSave();
    app.startNew(entry);
    expect(storage.getItem(keptSaveKey)).toBe(bytes);
  });

  test.each([
    ['refuses to read', { getItem: true }],
    ['refuses to write', { setItem: true }],
  ] as const)(
    'storage that %s still starts the game, and says once that saving is off',
    (_name, refuse) => {
      const app = makeApp(memoryStorage({}, refuse));
      const session = app.startNew(entry);
      expect(session.week).toBe(1);
      const first = app.pendingNotice;
      expect(first).toMatch(/^Saving is off/);
      app.pendingNotice = undefined;
      session.endWeek();
      session.endWeek();
      expect(app.pendingNotice).toBeUndefined();
      expect(session.week).toBe(3);
    },
  );

  test('no storage at all still starts the game, and says saving is off', () => {
    const app = makeApp(undefined);
    expect(app.startNew(entry).week).toBe(1);
    expect(app.pendingNotice).toMatch(/^Saving is off/);
  });

  test('an unreadable save too large to copy aside is reported, and the game starts', () => {
    const big = `{"format":2,${'x'.repeat(3_000_000)}`;
    const storage = memoryStorage({ [saveKey]: big }, { setItem: (key) => key !== saveKey });
    const app = makeApp(storage);
    expect(app.savedGame).toMatchObject({ kind: 'broken', keptAs: saveKey });
    expect(app.savedGame.kind === 'broken' && app.savedGame.keptFailed).toContain('quota');
    expect(storage.getItem(saveKey)).toBe(big);
  });

  test('a session file opens where it stopped; a broken one is refused and nothing saved is touched', () => {
    const bytes = fourWeeks();
    const storage = memoryStorage({ [saveKey]: bytes });
    const app = makeApp(storage);
    const refused = app.openSessionFile(bytes.slice(0, 100));
    expect(refused).toEqual({
      ok: false,
      message: 'That session file could not be opened: it is damaged (it is not valid JSON).',
    });
    expect(storage.getItem(saveKey)).toBe(bytes);
    expect(app.savedGame.kind).toBe('ok');
    const opened = app.openSessionFile(bytes);
    expect(opened.ok && opened.session.week).toBe(5);
  });
});
