/**
 * Export: the session file from the export menu is the pause menu's own
 * download, and it opens in a fresh browser at the same week with the same
 * log; the weeks and the decisions download as CSV tables; the summary page
 * opens over the game and prints alone.
 */
import { readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { Download, Page } from 'playwright-core';
import { expect, inject, test } from 'vitest';
import { saveKey } from '../../src/app/saves';
import { openBrowser, screenshot, useFreshBrowser } from './support/browser';
import { gameUrl, savePlayedTo, screenWords, startNewGame, waitForScreen } from './support/game';

const browser = useFreshBrowser();

const storedSave = (page: Page) => page.evaluate((key) => localStorage.getItem(key), saveKey);

/** Takes the week's first decision (staying out when it can), then ends the week. */
async function playWeek(page: Page, week: number): Promise<void> {
  await page.click('.ui-screen button[data-kind]');
  await waitForScreen(page, 'decision', week);
  const stay = await page.$('.ui-screen button[data-action="stay-out"]');
  await (stay ?? (await page.$('.ui-screen button[data-action="choose"]')))!.click();
  await waitForScreen(page, 'week', week);
  await page.click('.ui-screen button[data-action="advance"]');
  await waitForScreen(page, 'results', week);
  await page.click('.ui-screen button[data-action="advance"]');
  await waitForScreen(page, 'week', week + 1);
}

async function openExportMenu(page: Page): Promise<void> {
  await page.keyboard.press('Escape');
  await page.click('.ui-modal button[data-menu="export"]');
  await page.waitForSelector('.ui-modal button[data-action="export"][data-format="json"]');
}

async function exported(page: Page, format: string): Promise<{ file: Download; text: string }> {
  const [file] = await Promise.all([
    page.waitForEvent('download'),
    page.click(`.ui-modal button[data-action="export"][data-format="${format}"]`),
  ]);
  const path = join(tmpdir(), `export-${process.pid}-${format}`);
  await file.saveAs(path);
  return { file, text: readFileSync(path, 'utf8') };
}

const csvRows = (text: string) =>
  text
    .trimEnd()
    .split('\r\n')
    .map((line) => line.split(','));

test('export the session and its tables; the file opens in a fresh profile at the same week with the same log', async () => {
  const first = browser();
  const { page, errors } = first;
  const base = inject('baseUrl');
  await startNewGame(page, base, 'tutorial');
  for (let week = 1; week <= 3; week += 1) await playWeek(page, week);
  const board = await screenWords(page);

  await openExportMenu(page);
  await screenshot(page, 'export-menu');
  const json = await exported(page, 'json');
  expect(json.file.suggestedFilename()).toMatch(/^coach-or-rescue-tutorial-seed-\d+-week-4\.json$/);
  expect(json.text).toBe(await storedSave(page));
  const session = JSON.parse(json.text);
  const decisions = session.branches[0].decisions as { type: string; week: number }[];
  const choices = decisions.filter((d) => d.type !== 'week.advance');
  expect(choices).toHaveLength(3);

  const weeks = csvRows((await exported(page, 'weeks-csv')).text);
  expect(weeks[0]!.slice(0, 4)).toEqual([
    'week',
    'team capability',
    'team ownership',
    'team morale',
  ]);
  expect(weeks.slice(1).map((row) => row[0])).toEqual(['1', '2', '3']);
  for (const row of weeks) expect(row).toHaveLength(weeks[0]!.length);
  // Every rep's three stocks have a column.
  expect(weeks[0]!.filter((name) => name.endsWith(' morale')).length).toBeGreaterThan(1);

  const log = csvRows((await exported(page, 'decisions-csv')).text);
  expect(log[0]!.slice(0, 3)).toEqual(['number', 'week', 'choice']);
  expect(log.slice(1).map((row) => Number(row[1]))).toEqual(choices.map((c) => c.week));

  // The summary page: over the game, readable, and alone on paper.
  await page.click('.ui-modal button[data-action="export"][data-format="summary"]');
  await page.waitForSelector('#print-summary button[data-action="print"]');
  const summary = await page.textContent('#print-summary');
  expect(summary).toContain('First Weeks');
  expect(summary).toContain('Every decision');
  expect(await page.$$eval('#print-summary table', (t) => t.length)).toBe(2);
  expect(await page.$$eval('#print-summary tbody tr', (r) => r.length)).toBe(3 + choices.length);
  await screenshot(page, 'summary-page');
  await page.emulateMedia({ media: 'print' });
  expect(await page.isVisible('#app')).toBe(false);
  expect(await page.isVisible('#print-summary button[data-action="print"]')).toBe(false);
  await page.screenshot({ path: 'tests/artifacts/summary-printed.png', fullPage: true });
  await page.emulateMedia({ media: 'screen' });
  await page.keyboard.press('Escape');
  await page.waitForSelector('#print-summary', { state: 'detached' });
  expect(await page.evaluate(() => document.getElementById('app')!.inert)).toBe(false);
  expect(errors).toEqual([]);

  // A fresh profile (the first browser closed): the file opens at the same week, with the
  // same log and the same board.
  await first.close();
  const fresh = await openBrowser();
  try {
    await fresh.page.goto(gameUrl(base));
    await waitForScreen(fresh.page, 'title');
    const path = join(tmpdir(), `export-${process.pid}-json`);
    const [chooser] = await Promise.all([
      fresh.page.waitForEvent('filechooser'),
      fresh.page.click('[data-action="open-file"]'),
    ]);
    await chooser.setFiles(path);
    await waitForScreen(fresh.page, 'week', 4);
    expect(JSON.parse((await storedSave(fresh.page)) ?? '{}')).toEqual(session);
    expect(await screenWords(fresh.page)).toEqual(board);
    expect(fresh.errors).toEqual([]);
  } finally {
    await fresh.close();
  }
});

test('the debrief script: its four phases filled with the season, a plus/delta board kept as typed, a closing card that prints', async () => {
  const { page, errors } = browser();
  await startNewGame(page, inject('baseUrl'), 'tutorial');
  await playWeek(page, 1);
  await page.keyboard.press('Escape');
  await page.click('.ui-modal button[data-menu="script"]');
  await page.waitForSelector('#debrief-script textarea[data-field="plus"]');
  const headings = await page.$$eval('#debrief-script h2', (h) => h.map((x) => x.textContent));
  expect(headings).toEqual([
    '1. Reactions (5 minutes)',
    '2. What happened (10 minutes)',
    '3. Analysis (10 minutes)',
    '4. Summary (5 minutes)',
    'Plus / delta',
    'One thing I will do differently',
  ]);
  const text = await page.textContent('#debrief-script');
  expect(text).toContain('Bookings:');
  expect(text).toContain('Which deal did you most want to rescue?');
  await page.fill('#debrief-script textarea[data-field="plus"]', 'We coached Marco early.');
  await page.fill('#debrief-script textarea[data-field="one-thing"]', 'Ask before I tell.');
  await screenshot(page, 'debrief-script');
  // Escape in a box leaves the box; a second Escape closes the page. What was typed is kept.
  await page.keyboard.press('Escape');
  await page.keyboard.press('Escape');
  await page.waitForSelector('#debrief-script', { state: 'detached' });
  await page.keyboard.press('Escape');
  await page.click('.ui-modal button[data-menu="script"]');
  await page.waitForSelector('#debrief-script textarea[data-field="plus"]');
  expect(await page.inputValue('#debrief-script textarea[data-field="plus"]')).toBe(
    'We coached Marco early.',
  );
  await page.emulateMedia({ media: 'print' });
  expect(await page.isVisible('#debrief-script textarea')).toBe(false);
  expect(await page.textContent('#debrief-script .dom-page-printed >> nth=2')).toBe(
    'Ask before I tell.',
  );
  await page.screenshot({ path: 'tests/artifacts/debrief-script-printed.png', fullPage: true });
  await page.emulateMedia({ media: 'screen' });
  expect(errors).toEqual([]);
});

test('several tables’ session files compare side by side on the title, by table name', async () => {
  const { page, errors } = browser();
  const files = [
    ['table-a.json', savePlayedTo('tutorial', 4, 11)],
    ['table-b.json', savePlayedTo('tutorial', 3, 12)],
  ].map(([name, bytes]) => {
    const path = join(tmpdir(), `${process.pid}-${name}`);
    writeFileSync(path, bytes!);
    return path;
  });
  await page.goto(gameUrl(inject('baseUrl')));
  await waitForScreen(page, 'title');
  const [chooser] = await Promise.all([
    page.waitForEvent('filechooser'),
    page.click('button[data-action="compare"]'),
  ]);
  expect(chooser.isMultiple()).toBe(true);
  await chooser.setFiles(files);
  await page.waitForSelector('#table-comparison table');
  const names = await page.$$eval('#table-comparison section:first-of-type thead th', (cells) =>
    cells.map((cell) => cell.textContent),
  );
  expect(names).toEqual(['', `${process.pid}-table-a`, `${process.pid}-table-b`]);
  const weeks = await page.$$eval('#table-comparison section:first-of-type tbody tr', (rows) =>
    rows
      .find((row) => row.children[0]?.textContent === 'Weeks played')
      ?.textContent?.replace('Weeks played', ''),
  );
  expect(weeks).toBe('32');
  // Week by week the tables are lines on charts, as the debrief draws a season: one each, named.
  const charts = await page.$$eval('#table-comparison figure.dom-chart', (figures) =>
    figures.map((figure) => ({
      lines: figure.querySelectorAll('polyline').length,
      names: [...figure.querySelectorAll('.dom-chart-key li')].map(
        (item) => item.textContent ?? '',
      ),
    })),
  );
  expect(charts).toHaveLength(5);
  for (const chart of charts) {
    expect(chart.lines).toBe(2);
    expect(chart.names.map((name) => name.trim().split(':')[0])).toEqual([
      `${process.pid}-table-a`,
      `${process.pid}-table-b`,
    ]);
  }
  await page.$eval('#table-comparison figure.dom-chart', (figure) => figure.scrollIntoView());
  await screenshot(page, 'table-comparison');
  await page.keyboard.press('Escape');
  await page.waitForSelector('#table-comparison', { state: 'detached' });
  expect(errors).toEqual([]);
});
