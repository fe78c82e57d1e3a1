/**
 * A new week opens on the first page of its inbox, with focus on its first
 * item, whatever page the last week was left on.
 */
import { expect, inject, test } from 'vitest';
import { useFreshBrowser } from './support/browser';
import { startNewGame, waitForScreen } from './support/game';

const browser = useFreshBrowser();

test('a new week opens on its inbox’s first page, focused on its first item', async () => {
  const { page, errors } = browser();
  await startNewGame(page, inject('baseUrl'), 'standard');
  // Week 1 of this season holds more than a page of decisions: turn to the next page.
  const pager = await page.$('.ui-screen button[data-pager]');
  expect(pager, 'week 1 has more than one inbox page').not.toBeNull();
  await page.click('.ui-screen button[data-pager]');
  await page.waitForFunction(
    () =>
      document.querySelector<HTMLElement>('.ui-screen button[data-pager]')?.dataset.pager !== '1',
  );
  await page.click('.ui-screen button[data-action="advance"]');
  await waitForScreen(page, 'results', 1);
  await page.click('.ui-screen button[data-action="advance"]');
  await waitForScreen(page, 'week', 2);
  const opened = await page.evaluate(() => {
    const items = [...document.querySelectorAll<HTMLElement>('.ui-screen button[data-kind]')];
    return {
      firstOnScreen: items[0]?.dataset.deal,
      focused: (document.activeElement as HTMLElement | null)?.dataset.deal,
      pager: document.querySelector<HTMLElement>('.ui-screen button[data-pager]')?.dataset.pager,
    };
  });
  expect(opened.focused).toBeDefined();
  expect(opened.focused).toBe(opened.firstOnScreen);
  // The pager, if week 2 has one, leads on to page 2, not back to page 1.
  expect(opened.pager ?? '1').toBe('1');
  expect(errors).toEqual([]);
});
