/**
 * Every screen and overlay, scanned with axe (no serious or critical
 * violations in the accessible layer) and photographed for review in
 * tests/artifacts/. Quarter review and the end come from saves made
 * part-way through a season by the same machines, in Node.
 */
import { expect, inject, test } from 'vitest';
import { type GamePage, screenshot, useFreshBrowser } from './support/browser';
import {
  loadWithSave,
  openInboxItem,
  savePlayedTo,
  seriousViolations,
  startNewGame,
  waitForScreen,
} from './support/game';

const browser = useFreshBrowser();

async function check(page: GamePage['page'], name: string): Promise<void> {
  await screenshot(page, name);
  expect(await seriousViolations(page), name).toEqual([]);
}

async function openOverlay(page: GamePage['page'], key: string, name: string): Promise<void> {
  await page.keyboard.press(key);
  await page.waitForSelector('.ui-modal:not([hidden]) button');
  await check(page, name);
}

async function closeOverlay(page: GamePage['page']): Promise<void> {
  await page.keyboard.press('Escape');
  await page.waitForSelector('.ui-modal[hidden]', { state: 'attached' });
}

test('the week, decision and results screens, and the overlays', async () => {
  const { page, errors } = browser();
  await startNewGame(page, inject('baseUrl'), 'standard');
  await check(page, 'week-board');
  await openOverlay(page, 'Escape', 'pause-menu');
  await closeOverlay(page);
  await openOverlay(page, '?', 'keys');
  await closeOverlay(page);

  // A coaching window: the options, then the generic or authored conversation.
  expect(await openInboxItem(page, ['coach-window'])).toBe(true);
  await check(page, 'decision-options');
  await page.click('.ui-screen button[data-action="coach"]');
  await page.waitForSelector('.ui-screen button[data-shortcut="2"]');
  await check(page, 'decision-coaching');
  await page.keyboard.press('1');
  for (
    let line = 0;
    line < 12 && !(await page.$('.ui-screen button[data-action="advance"]'));
    line += 1
  ) {
    await page.keyboard.press('1');
    await page.waitForTimeout(50);
  }
  await check(page, 'decision-coached');
  await page.click('.ui-screen button[data-action="advance"]');
  await waitForScreen(page, 'week', 1);

  // A late deal: focus starts on what can be taken (coaching is too late), then the
  // rescue and its concessions.
  expect(await openInboxItem(page, ['going-south'])).toBe(true);
  const focused = await page.evaluate(() => {
    const active = document.activeElement as HTMLElement | null;
    return { action: active?.dataset.action, barred: active?.getAttribute('aria-disabled') };
  });
  expect(focused).toEqual({ action: 'rescue', barred: null });
  await page.click('.ui-screen button[data-action="rescue"]');
  await page.waitForSelector('.ui-screen button[data-shortcut="3"]');
  await check(page, 'decision-rescue');
  await page.keyboard.press('2');
  await page.waitForSelector('.ui-screen button[data-action="advance"]');
  await check(page, 'decision-rescued');
  await page.click('.ui-screen button[data-action="advance"]');
  await waitForScreen(page, 'week', 1);
  await check(page, 'week-board-after-decisions');

  await page.click('.ui-screen button[data-action="advance"]');
  await waitForScreen(page, 'results', 1);
  await check(page, 'results');
  await page.click('.ui-screen button[data-action="advance"]');
  await waitForScreen(page, 'week', 2);

  // Settings: large text lays the board out again.
  await page.keyboard.press('Escape');
  await page.click('.ui-modal button >> text=Settings');
  await page.waitForSelector('.ui-modal:not([hidden]) [data-setting="text-size"]');
  await check(page, 'settings');
  await page.click('[data-setting="text-size"]');
  await page.waitForFunction(() =>
    document.querySelector('[data-setting="text-size"]')?.textContent?.includes('large'),
  );
  await closeOverlay(page);
  await waitForScreen(page, 'week', 2);
  await check(page, 'week-board-large-text');
  expect(errors).toEqual([]);
});

test('the quarter review, the end and the debrief', async () => {
  const { page, errors } = browser();
  const base = inject('baseUrl');
  await loadWithSave(page, base, savePlayedTo('standard', 13));
  await page.keyboard.press('Enter');
  await waitForScreen(page, 'week', 13);
  await page.click('.ui-screen button[data-action="advance"]');
  await waitForScreen(page, 'results', 13);
  await page.keyboard.press('Enter');
  await waitForScreen(page, 'quarter', 13);
  await check(page, 'quarter-review');

  await loadWithSave(page, base, savePlayedTo('tutorial', 8));
  await page.keyboard.press('Enter');
  await waitForScreen(page, 'week', 8);
  await page.click('.ui-screen button[data-action="advance"]');
  await waitForScreen(page, 'results', 8);
  await page.keyboard.press('Enter');
  await waitForScreen(page, 'end', 8);
  await check(page, 'end');
  await page.keyboard.press('Enter');
  await waitForScreen(page, 'debrief', 8);
  await check(page, 'debrief');
  // Each chart is a table too: a row per week played, this run's and the roads not taken.
  for (const section of ['charts', 'roads']) {
    const rows = await page.$$eval(
      `[data-debrief-section="${section}"] tbody tr`,
      (found) => found.length,
    );
    expect(rows, section).toBe(8);
  }
  // The score: a row per part and the total, for this run and both roads.
  const score = await page.$$eval('[data-debrief-section="score"] tbody tr', (rows) =>
    rows.map((row) => row.children.length),
  );
  expect(score).toEqual([5, 5, 5, 5, 5, 5, 5]);
  expect(await page.$('[data-debrief-section="ledger"] table caption')).not.toBeNull();
  // The decision log: one row per choice (this save made none).
  expect(await page.$$eval('[data-debrief-section="log"] tbody tr', (r) => r.length)).toBe(0);
  // The loops: a row for each, with its strength and its sentence.
  expect(await page.$$eval('[data-debrief-section="loops"] tbody tr', (r) => r.length)).toBe(7);
  // Played on to week 26: a row per week, the tutorial's 8 and then the style's.
  expect(await page.$$eval('[data-debrief-section="forward"] tbody tr', (r) => r.length)).toBe(26);
  for (const tab of ['manager', 'cost', 'log', 'forward', 'summary']) {
    await page.click(`.ui-screen button[data-debrief-tab="${tab}"]`);
    await page.waitForSelector(`.ui-screen button[data-debrief-tab="${tab}"][data-current]`);
    await check(page, `debrief-${tab}`);
  }
  expect(errors).toEqual([]);
});
