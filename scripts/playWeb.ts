/**
 * npm run play:web -- --as coach|rescuer [--scenario standard] [--seed 2026] [--shots DIR]
 *
 * Plays a whole season in the built game in Chromium, through the DOM layer,
 * the way a person would, and counts what it took: presses (clicks and keys),
 * decisions offered and taken each week, conversations held, and the end
 * screen's figures. The coach plays as the game teaches: coaches coaching
 * windows by asking while the rep is within the useful dose the option shows,
 * reviews every loss, coaches a request whose words point to a real obstacle
 * and hands back one that sounds like habit, and stays out of late deals.
 * The rescuer rescues every deal going south with a discount, takes over
 * every request (a rescue on a late deal; left to be taken over on an early
 * one) and lets losses go. Both stop choosing when the week's hours run out.
 * Prints one JSON object.
 */
import { mkdirSync } from 'node:fs';
import { join } from 'node:path';
import type { Page } from 'playwright-core';
import { build } from 'vite';
import { helpCueLines } from '../src/sim/vocabulary';
import { openBrowser } from '../tests/e2e/support/browser';
import { startPreview } from '../tests/e2e/support/preview';

type Style = 'coach' | 'rescuer';

function option(name: string, fallback: string): string {
  const at = process.argv.indexOf(`--${name}`);
  return at >= 0 && process.argv[at + 1] ? process.argv[at + 1]! : fallback;
}

const style = option('as', 'coach') as Style;
const scenario = option('scenario', 'standard');
const seed = option('seed', '2026');
const shots = option('shots', '');
if (style !== 'coach' && style !== 'rescuer') {
  console.error('usage: npm run play:web -- --as coach|rescuer [--scenario id] [--seed N]');
  process.exit(2);
}

/** What each player does with each kind of inbox item, in order of preference. */
const wants: Record<Style, Record<string, string[]>> = {
  coach: {
    'coach-window': ['coach'],
    help: ['coach', 'stay-out'],
    'loss-to-review': ['review'],
    'going-south': ['stay-out'],
  },
  rescuer: {
    'coach-window': [],
    help: ['rescue'],
    'loss-to-review': ['stay-out'],
    'going-south': ['rescue'],
  },
};

let presses = 0;

async function screen(page: Page): Promise<{ screen: string; week: number }> {
  return page.evaluate(() => {
    const app = document.getElementById('app')!;
    return { screen: app.dataset.screen ?? '', week: Number(app.dataset.week) };
  });
}

async function waitFor(page: Page, name: string, week?: number): Promise<void> {
  const weekPart = week === undefined ? '' : `[data-week="${week}"]`;
  await page.waitForSelector(`#app[data-screen="${name}"]${weekPart}`, { timeout: 20_000 });
  await page.waitForSelector('#ui-layer .ui-screen button', { timeout: 20_000 });
}

async function press(page: Page, selector: string): Promise<void> {
  presses += 1;
  await page.click(selector);
}

/** The inbox items on the board, all pages. */
async function inboxItems(page: Page): Promise<{ deal: string; kind: string }[]> {
  return page.$$eval('.ui-screen button[data-deal][data-kind]', (buttons) =>
    buttons.map((b) => ({
      deal: b.getAttribute('data-deal')!,
      kind: b.getAttribute('data-kind')!,
    })),
  );
}

/** Turns the inbox to its next page (a press) and waits for the page to be drawn. */
async function turnPage(page: Page): Promise<void> {
  const before = await page.getAttribute('.ui-screen button[data-pager]', 'data-pager');
  presses += 1;
  await page.locator('.ui-screen button[data-pager]').click();
  await page.waitForFunction(
    (previous) =>
      document.querySelector<HTMLElement>('.ui-screen button[data-pager]')?.dataset.pager !==
      previous,
    before,
    { timeout: 20_000 },
  );
  await page.waitForSelector('#ui-layer .ui-screen button[data-kind]', { timeout: 20_000 });
}

/** Turns inbox pages until the deal's item is on screen (each turn is a press). */
async function showItem(page: Page, deal: string): Promise<boolean> {
  for (let turns = 0; turns < 12; turns += 1) {
    if (await page.$(`.ui-screen button[data-deal="${deal}"][data-kind]`)) return true;
    if (!(await page.$('.ui-screen button[data-pager]'))) return false;
    await turnPage(page);
  }
  return false;
}

/** What a person reading the screen leaves out: coaching past the dose; coaching a request that sounds like habit. */
async function judged(page: Page, kind: string, wanted: string[]): Promise<string[]> {
  if (style !== 'coach') return wanted;
  const words = await page.$eval('.ui-description', (d) => d.textContent ?? '');
  const coach = await page.$eval(
    '.ui-screen',
    (screen) => screen.querySelector('button[data-action="coach"]')?.textContent ?? '',
  );
  return wanted.filter((action) => {
    if (action !== 'coach') return true;
    if (coach.includes('Past the useful dose')) return false;
    return !(kind === 'help' && words.includes(helpCueLines.habit));
  });
}

/** On a decision: takes the first wanted option that is available; returns what it did. */
async function decide(
  page: Page,
  week: number,
  kind: string,
  all: string[],
): Promise<string | undefined> {
  const wanted = await judged(page, kind, all);
  for (const action of wanted) {
    const selector = `.ui-screen button[data-action="${action}"]:not([aria-disabled="true"])`;
    if (!(await page.$(selector))) continue;
    presses += 1;
    await page.locator(selector).first().click();
    if (action === 'stay-out') {
      await waitFor(page, 'week', week);
      return action;
    }
    // A conversation or a choice of concession: ask where there is a question, else the first line.
    for (let line = 0; line < 12; line += 1) {
      if ((await screen(page)).screen !== 'decision') return undefined;
      if (await page.$('.ui-screen button[data-action="advance"]')) break;
      // Refused for want of hours: the options are back, with the way to the board.
      if (
        await page.$(
          '.ui-screen button[data-action="coach"], .ui-screen button[data-action="stay-out"]',
        )
      )
        return undefined;
      const lines = await page.$$eval('.ui-screen button[data-action="choose"]', (buttons) =>
        buttons.map((b) => b.textContent ?? ''),
      );
      const asked = lines.findIndex((text) => /\bAsk\b/.test(text));
      const pick = action === 'rescue' ? lines.findIndex((t) => /discount/i.test(t)) : asked;
      const index = Math.max(pick, 0);
      presses += 1;
      await page.locator('.ui-screen button[data-action="choose"]').nth(index).click();
      await page.waitForTimeout(30);
    }
    if ((await screen(page)).screen !== 'decision') return undefined;
    if (!(await page.$('.ui-screen button[data-action="advance"]'))) return undefined;
    await press(page, '.ui-screen button[data-action="advance"]');
    await waitFor(page, 'week', week);
    return action;
  }
  return undefined;
}

async function main(): Promise<void> {
  await build({ logLevel: 'warn' });
  const preview = await startPreview();
  const browser = await openBrowser({ viewport: { width: 1920, height: 1080 } });
  const { page, errors } = browser;
  const weeks: { week: number; offered: number; taken: Record<string, number> }[] = [];
  try {
    await page.goto(`${preview.url}?fast=1&seed=${seed}`);
    await waitFor(page, 'title');
    await press(page, `[data-action="new-game"][data-scenario="${scenario}"]`);
    await waitFor(page, 'week', 1);
    if (shots) mkdirSync(shots, { recursive: true });
    for (let guard = 0; guard < 2000; guard += 1) {
      const now = await screen(page);
      if (now.screen === 'end') break;
      if (now.screen !== 'week') {
        await press(page, '.ui-screen button[data-primary="true"]');
        await page.waitForFunction(
          ([s, w]) => {
            const app = document.getElementById('app')!;
            return app.dataset.screen !== s || app.dataset.week !== String(w);
          },
          [now.screen, now.week] as const,
          { timeout: 20_000 },
        );
        continue;
      }
      const offered = new Set<string>();
      const taken: Record<string, number> = {};
      const tried = new Set<string>();
      if (shots && (now.week === 1 || now.week === 8))
        await page.screenshot({ path: join(shots, `${style}-week-${now.week}.png`) });
      for (let round = 0; round < 60; round += 1) {
        // Read the whole inbox: turn through its pages once.
        const all: { deal: string; kind: string }[] = [];
        for (let turns = 0; turns < 12; turns += 1) {
          for (const item of await inboxItems(page)) {
            if (!all.some((a) => a.deal === item.deal && a.kind === item.kind)) all.push(item);
          }
          const pager = await page.$('.ui-screen button[data-pager]');
          if (!pager || (await pager.textContent())?.startsWith('Back')) break;
          await turnPage(page);
        }
        for (const item of all) offered.add(`${item.kind}:${item.deal}`);
        const next = all.find(
          (item) =>
            (wants[style][item.kind] ?? []).length > 0 && !tried.has(`${item.kind}:${item.deal}`),
        );
        if (!next) break;
        tried.add(`${next.kind}:${next.deal}`);
        if (!(await showItem(page, next.deal))) continue;
        await press(page, `.ui-screen button[data-deal="${next.deal}"][data-kind="${next.kind}"]`);
        await waitFor(page, 'decision', now.week);
        const done = await decide(page, now.week, next.kind, wants[style][next.kind]!);
        if (done) taken[done] = (taken[done] ?? 0) + 1;
        else if ((await screen(page)).screen === 'decision') {
          // Nothing wanted was possible (no hours left, or too early or late): back to the board.
          presses += 1;
          await page
            .click('.ui-screen button >> text=Back to the board', { timeout: 5000 })
            .catch(async (error) => {
              await page.screenshot({ path: join(shots || 'tests/artifacts', 'play-stuck.png') });
              throw error;
            });
          await waitFor(page, 'week', now.week);
        }
      }
      weeks.push({ week: now.week, offered: offered.size, taken });
      await press(page, '.ui-screen button[data-action="advance"]');
      await waitFor(page, 'results', now.week);
    }
    const end = await page.$eval('.ui-description', (d) => d.textContent ?? '');
    if (shots) {
      await page.screenshot({ path: join(shots, `${style}-end.png`) });
      await press(page, '.ui-screen button[data-action="debrief"]');
      await waitFor(page, 'debrief');
      for (const tab of ['team', 'manager', 'cost', 'log', 'summary']) {
        await page.click(`.ui-screen button[data-debrief-tab="${tab}"]`);
        await page.waitForSelector(`.ui-screen button[data-debrief-tab="${tab}"][data-current]`);
        await page.screenshot({ path: join(shots, `${style}-debrief-${tab}.png`) });
      }
    }
    const offered = weeks.map((w) => w.offered).sort((a, b) => a - b);
    const decisions = weeks.reduce(
      (sum, w) => sum + Object.values(w.taken).reduce((a, b) => a + b, 0),
      0,
    );
    console.log(
      JSON.stringify(
        {
          style,
          scenario,
          seed: Number(seed),
          weeks: weeks.length,
          presses,
          pressesPerWeek: Math.round((presses / Math.max(1, weeks.length)) * 10) / 10,
          decisions,
          inboxMedian: offered[Math.floor(offered.length / 2)],
          inboxMax: offered.at(-1),
          perWeek: weeks,
          end,
          errors,
        },
        null,
        1,
      ),
    );
  } finally {
    await browser.close();
    preview.stop();
  }
}

await main();
