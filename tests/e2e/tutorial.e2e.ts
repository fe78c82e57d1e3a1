/**
 * The tutorial played from the first screen to the debrief with the
 * keyboard alone: Tab, Enter and the number keys, no clicks.
 */
import { expect, inject, test } from 'vitest';
import { type GamePage, screenshot, useFreshBrowser } from './support/browser';
import {
  focusOutline,
  gameUrl,
  screenOf,
  tabTo,
  waitForChange,
  waitForScreen,
} from './support/game';

const browser = useFreshBrowser();

/** The number of the first option on the decision screen that can be taken now. */
async function firstAvailable(page: GamePage['page']): Promise<number | undefined> {
  return page.evaluate(() => {
    const button = [
      ...document.querySelectorAll<HTMLButtonElement>('.ui-screen button[data-shortcut]'),
    ].find((b) => b.getAttribute('aria-disabled') !== 'true');
    return button ? Number(button.dataset.shortcut) : undefined;
  });
}

test('the tutorial can be played to the end with the keyboard alone', async () => {
  const { page, errors } = browser();
  await page.goto(gameUrl(inject('baseUrl')));
  await waitForScreen(page, 'title');
  // The tutorial is first in the list and has focus.
  expect(await page.evaluate(() => (document.activeElement as HTMLElement).dataset.scenario)).toBe(
    'tutorial',
  );
  await page.keyboard.press('Enter');
  await waitForScreen(page, 'week', 1);

  // The keys overlay and the pause menu open and close from the keyboard.
  await page.keyboard.press('?');
  await page.waitForSelector('.ui-modal:not([hidden]) button');
  await page.keyboard.press('Escape');
  await page.waitForSelector('.ui-modal[hidden]', { state: 'attached' });
  await page.keyboard.press('Escape');
  await page.waitForSelector('.ui-modal:not([hidden]) button');
  expect(await page.evaluate(() => document.activeElement?.textContent)).toBe('Resume');
  await page.keyboard.press('Enter');
  await page.waitForSelector('.ui-modal[hidden]', { state: 'attached' });
  // M mutes and says so; M again brings the sound back.
  await page.keyboard.press('m');
  await page.waitForFunction(
    () => document.getElementById('announcer')?.textContent === 'Sound muted.',
  );
  await page.keyboard.press('m');
  await page.waitForFunction(
    () => document.getElementById('announcer')?.textContent === 'Sound on.',
  );

  let decisions = 0;
  let conversationShot = false;
  let coached = 0;
  const weeks = new Set<number>();
  for (let step = 0; step < 200; step += 1) {
    const now = await screenOf(page);
    if (now.screen === 'debrief') break;
    if (now.screen === 'week') {
      weeks.add(now.week);
      const inbox = await page.$$('.ui-screen button[data-kind]');
      // Take about one decision a week (two in the first), then end it.
      if (inbox.length > 0 && decisions < now.week + 2) {
        decisions += 1;
        await page.keyboard.press('1');
        await waitForScreen(page, 'decision', now.week);
        const choice = await firstAvailable(page);
        expect(choice).toBeDefined();
        const action = await page.getAttribute(
          `.ui-screen button[data-shortcut="${choice}"]`,
          'data-action',
        );
        await page.keyboard.press(String(choice));
        if (action === 'stay-out') {
          await waitForScreen(page, 'week', now.week);
          continue;
        }
        // A conversation or a concession: keep picking the first line until the move is made.
        for (let line = 0; line < 12; line += 1) {
          if (await page.$('.ui-screen button[data-action="advance"]')) break;
          if (action === 'coach' && line === 1 && !conversationShot) {
            await screenshot(page, 'tutorial-conversation');
            conversationShot = true;
          }
          await page.keyboard.press('1');
          await page.waitForTimeout(50);
        }
        if (action === 'coach') coached += 1;
        expect(await page.$('.ui-screen button[data-action="advance"]')).not.toBeNull();
        const focus = await focusOutline(page);
        expect(focus.width).toBeGreaterThanOrEqual(4);
        await page.keyboard.press('Enter');
        await waitForScreen(page, 'week', now.week);
        continue;
      }
      await tabTo(page, '.ui-screen button[data-action="advance"]');
      await page.keyboard.press('Enter');
      await waitForScreen(page, 'results', now.week);
      continue;
    }
    // Results, quarter and end: the main button has focus; Enter goes on.
    await page.keyboard.press('Enter');
    await waitForChange(page, now);
  }
  const end = await screenOf(page);
  expect(end.screen).toBe('debrief');
  expect(end.week).toBe(8);
  expect([...weeks].sort((a, b) => a - b)).toEqual([1, 2, 3, 4, 5, 6, 7, 8]);
  expect(coached).toBeGreaterThan(0);
  await screenshot(page, 'tutorial-debrief');
  // The debrief's decision log holds every choice taken on the way.
  expect(await page.$$eval('[data-debrief-section="log"] tbody tr', (r) => r.length)).toBe(
    decisions,
  );
  expect(errors).toEqual([]);
});
