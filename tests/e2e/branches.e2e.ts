/**
 * Rewind for the room: back to the start of week 2, the other choice taken,
 * and both roads shown side by side in the printable summary.
 */
import type { Page } from 'playwright-core';
import { expect, inject, test } from 'vitest';
import { screenshot, useFreshBrowser } from './support/browser';
import { endWeek, screenOf, startNewGame, waitForScreen } from './support/game';

const browser = useFreshBrowser();

/** Takes the open decision's first option that can be taken, through any steps it has. */
async function takeFirstOpenOption(page: Page, week: number): Promise<void> {
  for (let step = 0; step < 8 && (await screenOf(page)).screen === 'decision'; step += 1) {
    const before = await page.$$eval('.ui-screen button', (b) =>
      b.map((x) => x.textContent).join('|'),
    );
    // A numbered choice that can be taken, or else the step's own button (go on, done).
    const choice =
      (await page.$('.ui-screen button[data-shortcut]:not([aria-disabled="true"])')) ??
      (await page.$('.ui-screen button[data-primary="true"]'));
    await choice!.click();
    await page.waitForFunction(
      (was) =>
        document.getElementById('app')!.dataset.screen !== 'decision' ||
        [...document.querySelectorAll('.ui-screen button')].map((x) => x.textContent).join('|') !==
          was,
      before,
    );
  }
  await waitForScreen(page, 'week', week);
}

test('rewind to week 2, take the other choice: both roads are kept and shown side by side', async () => {
  const { page, errors } = browser();
  await startNewGame(page, inject('baseUrl'), 'tutorial');
  for (let week = 1; week <= 3; week += 1) await endWeek(page, week);
  await page.keyboard.press('Escape');
  await page.click('.ui-modal button[data-action="rewind"]');
  await page.click('.ui-modal button[data-week="2"]');
  await waitForScreen(page, 'week', 2);
  // The other choice: this time the room acts on the first request instead of letting it be.
  await page.click('.ui-screen button[data-kind]');
  await waitForScreen(page, 'decision', 2);
  await takeFirstOpenOption(page, 2);
  await endWeek(page, 2);

  await page.keyboard.press('Escape');
  await page.click('.ui-modal button[data-menu="export"]');
  await page.click('.ui-modal button[data-action="export"][data-format="summary"]');
  await page.waitForSelector('#print-summary table');
  const roads = await page.$$eval('#print-summary section', (sections) => {
    const part = sections.find((s) => s.querySelector('h2')?.textContent === 'The roads played');
    return part
      ? [...part.querySelectorAll('tr')].map((row) =>
          [...row.children].map((cell) => cell.textContent ?? ''),
        )
      : [];
  });
  expect(roads[0]).toEqual(['', 'First play', 'Again from week 2 (now)']);
  expect(roads.find((row) => row[0] === 'Weeks played')).toEqual(['Weeks played', '3', '2']);
  await page.locator('#print-summary h2', { hasText: 'The roads played' }).scrollIntoViewIfNeeded();
  await screenshot(page, 'summary-roads');
  expect(errors).toEqual([]);
});
