/**
 * The session log in the browser: a tampered save is refused with the
 * decision it names and kept byte for byte; the pause menu rewinds to the
 * start of an earlier week onto a new branch; a session downloads, and opens
 * again from the title where it stopped; a file that does not open touches
 * nothing.
 */
import { readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { Page } from 'playwright-core';
import { expect, inject, test } from 'vitest';
import { keptSaveKey, saveKey } from '../../src/app/saves';
import { screenshot, useFreshBrowser } from './support/browser';
import {
  buttonNames,
  endWeek,
  gameUrl,
  loadWithSave,
  savePlayedTo,
  screenWords,
  startNewGame,
  waitForScreen,
} from './support/game';

const browser = useFreshBrowser();

const announced = (page: Page, words: string) =>
  page.waitForFunction(
    (text) => document.querySelector('#announcer')?.textContent?.includes(text),
    words,
    { timeout: 10_000 },
  );

const storedSave = (page: Page) => page.evaluate((key) => localStorage.getItem(key), saveKey);

test('a save with one decision tampered is refused with a sentence on the title, and kept byte for byte', async () => {
  const { page, errors } = browser();
  const bytes = savePlayedTo('standard', 5).replace('"week":2}', '"week":7}');
  await loadWithSave(page, inject('baseUrl'), bytes);
  const words = (await screenWords(page)).join(' ');
  expect(words).toContain('could not be read');
  expect(words).toContain('decision 2 (week 7) does not apply to this scenario');
  expect((await buttonNames(page)).some((n) => n.startsWith('continue:'))).toBe(false);
  const kept = await page.evaluate((key) => localStorage.getItem(key), keptSaveKey);
  expect(kept).toBe(bytes);
  await screenshot(page, 'title-tampered-save');
  expect(errors).toEqual([]);
});

test('rewind to an earlier week, play on, download the session, and open it again', async () => {
  const { page, errors } = browser();
  await startNewGame(page, inject('baseUrl'), 'tutorial');
  for (let week = 1; week <= 3; week += 1) await endWeek(page, week);

  await page.keyboard.press('Escape');
  await page.waitForSelector('.ui-modal button[data-action="rewind"]');
  await screenshot(page, 'pause-menu');
  await page.click('.ui-modal button[data-action="rewind"]');
  await page.waitForSelector('.ui-modal button[data-action="rewind"][data-week="4"]');
  expect(await page.$$eval('.ui-modal button[data-week]', (b) => b.length)).toBe(4);
  await screenshot(page, 'rewind');
  await page.click('.ui-modal button[data-week="2"]');
  await waitForScreen(page, 'week', 2);
  await announced(page, 'Back at the start of week 2');
  const forked = JSON.parse((await storedSave(page)) ?? '{}');
  expect(forked.branches).toHaveLength(2);
  expect(forked.branches[1]).toMatchObject({ parent: 'main', fromWeek: 2, decisions: [] });
  await endWeek(page, 2);

  // Download it from the pause menu.
  await page.keyboard.press('Escape');
  await page.waitForSelector('.ui-modal button[data-action="download"]');
  const [download] = await Promise.all([
    page.waitForEvent('download'),
    page.click('.ui-modal button[data-action="download"]'),
  ]);
  expect(download.suggestedFilename()).toMatch(/^coach-or-rescue-tutorial-seed-\d+-week-3\.json$/);
  const file = join(tmpdir(), `session-${process.pid}.json`);
  await download.saveAs(file);
  const downloaded = readFileSync(file, 'utf8');
  expect(downloaded).toBe(await storedSave(page));

  // To the title, and a new game replaces the save.
  await page.click('.ui-modal button >> text=Save and go to the title');
  await waitForScreen(page, 'title');
  await page.click('[data-action="new-game"][data-scenario="standard"]');
  await waitForScreen(page, 'week', 1);
  await page.keyboard.press('Escape');
  await page.click('.ui-modal button >> text=Save and go to the title');
  await waitForScreen(page, 'title');

  // A file that does not open: a sentence, and the save is untouched.
  const saveBefore = await storedSave(page);
  const broken = join(tmpdir(), `broken-${process.pid}.json`);
  writeFileSync(broken, downloaded.slice(0, downloaded.length / 2));
  const [badChooser] = await Promise.all([
    page.waitForEvent('filechooser'),
    page.click('[data-action="open-file"]'),
  ]);
  await badChooser.setFiles(broken);
  await announced(page, 'That session file could not be opened: it is damaged');
  expect(await storedSave(page)).toBe(saveBefore);

  // The downloaded file opens where it stopped, on its branch.
  const [chooser] = await Promise.all([
    page.waitForEvent('filechooser'),
    page.click('[data-action="open-file"]'),
  ]);
  await chooser.setFiles(file);
  await waitForScreen(page, 'week', 3);
  expect(JSON.parse((await storedSave(page)) ?? '{}')).toEqual(JSON.parse(downloaded));
  expect(errors).toEqual([]);
});

/** Makes the page's Web Storage throw on this call, as a locked-down or full browser does. */
async function refuseStorage(page: Page, method: 'getItem' | 'setItem'): Promise<void> {
  await page.addInitScript((call) => {
    Storage.prototype[call] = () => {
      throw new DOMException('The operation is insecure.', 'SecurityError');
    };
  }, method);
}

test('a browser whose storage refuses to read still starts, says saving is off, and plays', async () => {
  const { page, errors } = browser();
  await refuseStorage(page, 'getItem');
  await page.goto(gameUrl(inject('baseUrl')));
  await waitForScreen(page, 'title');
  await announced(page, 'Saving is off');
  await page.click('[data-action="new-game"][data-scenario="tutorial"]');
  await waitForScreen(page, 'week', 1);
  await endWeek(page, 1);
  await endWeek(page, 2);
  expect(errors).toEqual([]);
});

test('a browser whose storage refuses to write plays on, and says once that saving is off', async () => {
  const { page, errors } = browser();
  await refuseStorage(page, 'setItem');
  await startNewGame(page, inject('baseUrl'), 'tutorial');
  await announced(page, 'Saving is off');
  await endWeek(page, 1);
  const later = await page.evaluate(() => document.querySelector('#announcer')?.textContent);
  expect(later).not.toContain('Saving is off');
  await endWeek(page, 2);
  expect(errors).toEqual([]);
});
