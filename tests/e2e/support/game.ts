/**
 * Helpers for driving the game in the browser: wait for a screen, read the
 * board as words, move focus with Tab, scan with axe, and make a save that
 * starts part-way through a season (its session log, made in Node).
 */
import { readFileSync } from 'node:fs';
import AxeBuilder from '@axe-core/playwright';
import type { Page } from 'playwright-core';
import { saveKey } from '../../../src/app/saves';
import { loadDiskScenarios } from '../../../src/content/diskScenarios';
import type { Scenario } from '../../../src/content/scenario';
import { scenarioFingerprint } from '../../../src/content/scenarioCatalogue';
import type { Decision } from '../../../src/sim/decisions';
import { newSession, withDecision } from '../../../src/sim/session';

export const screenTimeout = 20_000;

/** A fixed season, so every run meets the same board. */
const testSeed = 20261127;

/** The game's URL with tweens off (so tests wait on screens, not animations), or on. */
export function gameUrl(base: string, motion: 'still' | 'moving' = 'still'): string {
  return `${base}?${motion === 'still' ? 'fast=1&' : ''}seed=${testSeed}`;
}

export async function waitForScreen(page: Page, screen: string, week?: number): Promise<void> {
  const weekPart = week === undefined ? '' : `[data-week="${week}"]`;
  await page.waitForSelector(`#app[data-screen="${screen}"]${weekPart}`, {
    timeout: screenTimeout,
  });
  // The screen's buttons are made in the same frame as the attribute; wait for one to be there.
  await page.waitForSelector('#ui-layer .ui-screen button', { timeout: screenTimeout });
}

export async function screenOf(page: Page): Promise<{ screen: string; week: number }> {
  return page.evaluate(() => {
    const app = document.getElementById('app')!;
    return { screen: app.dataset.screen ?? '', week: Number(app.dataset.week) };
  });
}

/** Waits until the screen (or its week) is no longer the one given. */
export async function waitForChange(
  page: Page,
  from: { screen: string; week: number },
): Promise<void> {
  await page.waitForFunction(
    ({ screen, week }) => {
      const app = document.getElementById('app')!;
      return app.dataset.screen !== screen || Number(app.dataset.week) !== week;
    },
    from,
    { timeout: screenTimeout },
  );
  await page.waitForSelector('#ui-layer .ui-screen button', { timeout: screenTimeout });
}

/** What a screen-reader user is told the screen shows (its hidden description). */
export async function screenWords(page: Page): Promise<string[]> {
  return page.$$eval('#ui-layer .ui-screen .ui-description li', (items) =>
    items.map((item) => item.textContent ?? ''),
  );
}

/** The names of the buttons in the active group (the modal when it is open). */
export async function buttonNames(page: Page): Promise<string[]> {
  return page.$$eval('#ui-layer button', (buttons) =>
    buttons
      .filter((b) => !b.closest('[hidden]') && !b.closest('[inert]'))
      .map((b) => `${b.dataset.action}: ${b.textContent}`),
  );
}

/** Presses Tab until the focused element matches, as a keyboard user would. */
export async function tabTo(page: Page, selector: string, limit = 40): Promise<void> {
  for (let i = 0; i < limit; i += 1) {
    if (await page.evaluate((s) => document.activeElement?.matches(s) ?? false, selector)) return;
    await page.keyboard.press('Tab');
  }
  throw new Error(`Tab never reached ${selector}`);
}

/** The focused element's outline, to check focus is visible. */
export async function focusOutline(
  page: Page,
): Promise<{ tag: string; width: number; style: string }> {
  return page.evaluate(() => {
    const active = document.activeElement as HTMLElement | null;
    const style = active ? getComputedStyle(active) : undefined;
    return {
      tag: active?.tagName ?? '',
      width: Number.parseFloat(style?.outlineWidth ?? '0'),
      style: style?.outlineStyle ?? 'none',
    };
  });
}

/** Axe's serious and critical violations on the page's accessible layer. */
export async function seriousViolations(page: Page): Promise<string[]> {
  const results = await new AxeBuilder({ page }).include('#app').analyze();
  return results.violations
    .filter((v) => v.impact === 'serious' || v.impact === 'critical')
    .map(
      (v) =>
        `${v.id} (${v.impact}): ${v.help} — ${v.nodes.map((n) => n.target.join(' ')).join(', ')}`,
    );
}

/** A save of this scenario played (with no decisions) up to the start of the given week. */
export function savePlayedTo(scenarioId: string, week: number, seed = 11): string {
  const weeks = Array.from({ length: week - 1 }, (_, index) => index + 1);
  return saveOfDecisions(
    scenarioId,
    weeks.map((played) => ({ type: 'week.advance', week: played })),
    seed,
  );
}

/** A save of this scenario with these decisions taken (made in Node, e.g. by a scripted player). */
export function saveOfDecisions(
  scenarioId: string,
  decisions: readonly Decision[],
  seed = 11,
): string {
  const scenario = shippedScenario(scenarioId);
  const text = readFileSync(scenario.file, 'utf8');
  let session = newSession(scenarioId, scenarioFingerprint(text), seed);
  for (const decision of decisions) session = withDecision(session, decision);
  return JSON.stringify(session);
}

export function shippedScenario(scenarioId: string): Scenario {
  const entry = loadDiskScenarios().find((e) => e.ok && e.scenario.id === scenarioId);
  if (!entry?.ok) throw new Error(`no scenario ${scenarioId}`);
  return entry.scenario;
}

/** Opens the game and starts a new season of this scenario, on the board of week 1. */
export async function startNewGame(
  page: Page,
  base: string,
  scenario: string,
  motion: 'still' | 'moving' = 'still',
): Promise<void> {
  await page.goto(gameUrl(base, motion));
  await waitForScreen(page, 'title');
  await page.click(`[data-action="new-game"][data-scenario="${scenario}"]`);
  await waitForScreen(page, 'week', 1);
}

/** Puts a save in the page's storage and reloads, so the title offers it. */
export async function loadWithSave(page: Page, base: string, bytes: string): Promise<void> {
  await page.goto(gameUrl(base));
  await page.waitForSelector('#app[data-screen="title"]', { timeout: screenTimeout });
  await page.evaluate(([key, value]) => localStorage.setItem(key, value), [
    saveKey,
    bytes,
  ] as const);
  await page.reload();
  await waitForScreen(page, 'title');
}

/**
 * Opens the first inbox item of one of these kinds, paging through the inbox
 * if it must. Returns false when the week has none.
 */
export async function openInboxItem(page: Page, kinds: readonly string[]): Promise<boolean> {
  const { week } = await screenOf(page);
  for (let pageTurns = 0; pageTurns < 6; pageTurns += 1) {
    for (const kind of kinds) {
      const item = await page.$(`.ui-screen button[data-kind="${kind}"]`);
      if (item) {
        await item.click();
        await waitForScreen(page, 'decision', week);
        return true;
      }
    }
    const pager = await page.$('.ui-screen button[data-pager]');
    if (!pager || (await pager.textContent())?.startsWith('Back')) return false;
    await pager.click();
    await page.waitForFunction(
      () => !document.querySelector('.ui-screen button[data-pager][data-pressed]'),
    );
  }
  return false;
}

/** Ends the week from the board and goes on to the next week's board. */
export async function endWeek(page: Page, week: number): Promise<void> {
  await page.click('.ui-screen button[data-action="advance"]');
  await waitForScreen(page, 'results', week);
  await page.click('.ui-screen button[data-action="advance"]');
  await waitForScreen(page, 'week', week + 1);
}

/**
 * From a save at the last week's board: continue it, end the week by
 * keyboard, and go on through the results and the end screen to the debrief.
 */
export async function finishIntoDebrief(
  page: Page,
  base: string,
  save: string,
  week: number,
): Promise<void> {
  await loadWithSave(page, base, save);
  await page.keyboard.press('Enter');
  await waitForScreen(page, 'week', week);
  await tabTo(page, '.ui-screen button[data-action="advance"]');
  await page.keyboard.press('Enter');
  await waitForScreen(page, 'results', week);
  await page.keyboard.press('Enter');
  await waitForScreen(page, 'end', week);
  await page.keyboard.press('Enter');
  await waitForScreen(page, 'debrief', week);
}
