/**
 * Saving and coming back: three weeks of the standard season, a reload, and
 * "Continue" bring back the same week and the same board. A save that cannot
 * be read is reported, kept, and offered as a download; an unexpected error
 * shows the friendly error screen.
 */
import { expect, inject, test } from 'vitest';
import { keptSaveKey, saveKey } from '../../src/app/saves';
import { screenshot, useFreshBrowser } from './support/browser';
import {
  buttonNames,
  loadWithSave,
  screenOf,
  screenWords,
  startNewGame,
  waitForScreen,
} from './support/game';

const browser = useFreshBrowser();

test('four weeks of the standard season survive a reload; the save is the log, a few KB', async () => {
  const { page, errors } = browser();
  await startNewGame(page, inject('baseUrl'), 'standard');
  for (let week = 1; week <= 4; week += 1) {
    // Take the first decision of the week when it can be taken, so the save holds choices too.
    if (await page.$('.ui-screen button[data-kind]')) {
      await page.click('.ui-screen button[data-kind]');
      await waitForScreen(page, 'decision', week);
      const stay = await page.$('.ui-screen button[data-action="stay-out"]');
      if (stay) {
        await stay.click();
        await waitForScreen(page, 'week', week);
      } else {
        await page.click('.ui-screen button[data-action="choose"]');
        await waitForScreen(page, 'week', week);
      }
    }
    await page.click('.ui-screen button[data-action="advance"]');
    await waitForScreen(page, 'results', week);
    await page.click('.ui-screen button[data-action="advance"]');
    await waitForScreen(page, 'week', week + 1);
  }
  const before = { words: await screenWords(page), buttons: await buttonNames(page) };
  expect(before.words.length).toBeGreaterThan(5);
  await screenshot(page, 'standard-week-5');
  const saved = await page.evaluate((key) => localStorage.getItem(key) ?? '', saveKey);
  expect(saved.length).toBeLessThan(32_000);
  const session = JSON.parse(saved);
  expect(session).toMatchObject({ scenario: 'standard', seed: expect.any(Number) });
  const decisions = session.branches[0].decisions as { type: string; week: number }[];
  expect(decisions.filter((d) => d.type === 'week.advance').map((d) => d.week)).toEqual([
    1, 2, 3, 4,
  ]);
  expect(decisions.length).toBeGreaterThan(4);

  await page.reload();
  await waitForScreen(page, 'title');
  const resume = await page.$('[data-action="continue"]');
  expect(resume).not.toBeNull();
  expect(await resume!.textContent()).toContain('week 5');
  await resume!.click();
  await waitForScreen(page, 'week', 5);
  expect(await screenOf(page)).toEqual({ screen: 'week', week: 5 });
  expect(await screenWords(page)).toEqual(before.words);
  expect(await buttonNames(page)).toEqual(before.buttons);
  expect(errors).toEqual([]);
});

test('a corrupt save shows a message and keeps its bytes; an error shows the error screen', async () => {
  const { page, errors } = browser();
  const bytes = '{"format": 2, "scenario": "standard", "branch';
  await loadWithSave(page, inject('baseUrl'), bytes);

  expect((await screenWords(page)).join(' ')).toContain('could not be read');
  const names = await buttonNames(page);
  expect(names).toContain('new-game: Start new');
  expect(names).toContain('choose: Download the old save');
  expect(names.some((n) => n.startsWith('continue:'))).toBe(false);
  const stored = await page.evaluate(
    ([kept, main]) => ({ kept: localStorage.getItem(kept), main: localStorage.getItem(main) }),
    [keptSaveKey, saveKey] as const,
  );
  expect(stored.kept).toBe(bytes);
  expect(stored.main).toBeNull();
  await screenshot(page, 'title-broken-save');

  // The download is a data: link with the old bytes.
  const [download] = await Promise.all([
    page.waitForEvent('download'),
    page.click('[data-action="choose"] >> text=Download the old save'),
  ]);
  expect(download.url()).toContain(encodeURIComponent(bytes));

  await page.click('[data-action="new-game"] >> text=Start new');
  await page.waitForFunction(
    () =>
      !document
        .querySelector('.ui-screen button[data-action="choose"]')
        ?.textContent?.includes('Download the old save'),
  );
  expect((await screenWords(page)).join(' ')).not.toContain('could not be read');

  // An unexpected error: the friendly screen, with the save to download.
  await page.click('[data-action="new-game"][data-scenario="tutorial"]');
  await waitForScreen(page, 'week', 1);
  await page.evaluate(() =>
    window.dispatchEvent(new ErrorEvent('error', { message: 'Something broke in a test' })),
  );
  await page.waitForSelector('#error-screen');
  expect(await page.textContent('#error-screen h1')).toContain('something went wrong');
  expect(await page.isEnabled('#error-screen button[data-action="choose"]')).toBe(true);
  await screenshot(page, 'error-screen');
  expect(errors).toEqual([]);
});
