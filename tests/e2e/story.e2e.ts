/**
 * One story deal played through its whole life in the browser: the tutorial's
 * Tideway Haulage coached in week 1 along its conversation, the weeks played
 * to its crisis (the beat that fired on the way says why it went as it did),
 * the rescue call with the customer (the rep in the lead, the manager beside
 * him), the loss, and the review talk. The seed is the first on which the
 * model loses the deal after the call with time to review it, found in Node
 * along the same lines. Screenshots at 1920×1080, and at 1280×720 with large
 * text from saves at the call and the review.
 */
import { readFileSync } from 'node:fs';
import type { Page } from 'playwright-core';
import { expect, inject, test } from 'vitest';
import { displaySettingsKey } from '../../src/app/displaySettings';
import { saveKey } from '../../src/app/saves';
import { loadDiskScenarios } from '../../src/content/diskScenarios';
import { scenarioFingerprint } from '../../src/content/scenarioCatalogue';
import type { Decision } from '../../src/sim/decisions';
import { newSession, withDecision } from '../../src/sim/session';
import { lostStoryPath } from '../support/storyPath';
import { openBrowser, screenshot } from './support/browser';
import {
  gameUrl,
  screenOf,
  screenTimeout,
  screenWords,
  seriousViolations,
  waitForScreen,
} from './support/game';

const entry = loadDiskScenarios().find((e) => e.ok && e.scenario.id === 'tutorial');
if (!entry?.ok) throw new Error('the tutorial does not load');
const tutorial = entry.scenario;
const fingerprint = scenarioFingerprint(readFileSync(tutorial.file, 'utf8'));
const story = tutorial.stories.tideway!;

/** Pressing 1 at every beat: the lines the browser takes through the conversation. */
const firstLines: number[] = [];
for (let beat = story.start; story.beats[beat]!.choices.length > 0; ) {
  firstLines.push(0);
  beat = story.beats[beat]!.choices[0]!.next;
}
/** On the call: the fourth line (the rep leads), then the first (he answers the buyer himself). */
const besideTheRep = story.rescue!.beats[story.rescue!.start]!.choices.findIndex(
  (line) => line.lead === 'rep',
);
const callLines = [besideTheRep, 0];
const path = lostStoryPath(tutorial.setup, 'tideway', firstLines, callLines);

function saveOf(decisions: readonly Decision[]): string {
  let session = newSession('tutorial', fingerprint, path.seed);
  for (const decision of decisions) session = withDecision(session, decision);
  return JSON.stringify(session);
}

async function openSave(page: Page, bytes: string, textSize: 'normal' | 'large'): Promise<void> {
  await page.goto(gameUrl(inject('baseUrl')));
  await page.waitForSelector('#app[data-screen="title"]', { timeout: screenTimeout });
  await page.evaluate(
    ([key, value, displayKey, display]) => {
      localStorage.setItem(key, value);
      localStorage.setItem(displayKey, display);
    },
    [
      saveKey,
      bytes,
      displaySettingsKey,
      JSON.stringify({ reducedMotion: true, textSize }),
    ] as const,
  );
  await page.reload();
  await waitForScreen(page, 'title');
  await page.click('[data-action="continue"]');
}

/** Opens the inbox item of this kind on Tideway, paging through the inbox if it must. */
async function openTideway(page: Page, kind: string): Promise<void> {
  const { week } = await screenOf(page);
  for (let turns = 0; turns < 6; turns += 1) {
    const item = await page.$(`.ui-screen button[data-kind="${kind}"][data-deal="tideway"]`);
    if (item) {
      await item.click();
      await waitForScreen(page, 'decision', week);
      return;
    }
    const pager = await page.$('.ui-screen button[data-pager]');
    if (!pager) break;
    await pager.click();
    await page.waitForTimeout(100);
  }
  throw new Error(`no ${kind} item on Tideway in week ${week}`);
}

/** Presses the line's number, and waits for the talk to move on. */
async function say(page: Page, shortcut: number): Promise<void> {
  const before = await page.$$eval('.ui-screen button', (buttons) =>
    buttons.map((b) => b.textContent).join('|'),
  );
  await page.keyboard.press(String(shortcut));
  await page.waitForFunction(
    (was) =>
      [...document.querySelectorAll('.ui-screen button')].map((b) => b.textContent).join('|') !==
      was,
    before,
    { timeout: screenTimeout },
  );
}

/** Through the rest of a talk pressing 1, until the way back to the board shows. */
async function sayFirstUntilDone(page: Page): Promise<void> {
  for (
    let line = 0;
    line < 8 && !(await page.$('.ui-screen button[data-action="advance"]'));
    line += 1
  )
    await say(page, 1);
  expect(await page.$('.ui-screen button[data-action="advance"]')).not.toBeNull();
}

async function endWeek(page: Page, week: number): Promise<void> {
  await page.click('.ui-screen button[data-action="advance"]');
  await waitForScreen(page, 'results', week);
  await page.click('.ui-screen button[data-action="advance"]');
  await waitForScreen(page, 'week', week + 1);
}

async function backToBoard(page: Page, week: number): Promise<void> {
  await page.click('.ui-screen button[data-action="advance"]');
  await waitForScreen(page, 'week', week);
}

test('a story deal from the coaching window through the rescue call to the review, at 1920×1080', async () => {
  const browser = await openBrowser({ viewport: { width: 1920, height: 1080 } });
  try {
    const { page, errors } = browser;
    await openSave(page, saveOf([]), 'normal');
    await waitForScreen(page, 'week', 1);

    // Coach: the written conversation, each line's feedback after it.
    await openTideway(page, 'coach-window');
    await page.click('.ui-screen button[data-action="coach"]');
    await page.waitForSelector('.ui-screen button[data-shortcut="1"]');
    await screenshot(page, 'story-coach-1920');
    await sayFirstUntilDone(page);
    expect((await screenWords(page)).join(' ')).toContain('What that did');
    await screenshot(page, 'story-coached-1920');
    await backToBoard(page, 1);

    for (let week = 1; week < path.crisisWeek; week += 1) await endWeek(page, week);

    // The crisis: the deal going south, its story so far said with the cause.
    await openTideway(page, 'going-south');
    const told = (await screenWords(page)).join(' ');
    expect(told).toContain(story.crisis!.text);
    expect(told).toContain("Because you coached Marco on the customer's business goal in week 1");
    await screenshot(page, 'story-crisis-1920');
    // Too late to coach: the option is barred, says so and why, and focus starts past it.
    const coach = (await page.$('.ui-screen button[data-action="coach"]'))!;
    expect(await coach.getAttribute('aria-disabled')).toBe('true');
    expect(await coach.textContent()).toContain('Not now: Tideway Haulage is in negotiate');
    expect(
      await page.evaluate(() => (document.activeElement as HTMLElement | null)?.dataset.action),
    ).toBe('rescue');

    // The rescue call: the buyer pushes; Marco leads, then answers the buyer himself.
    await page.click('.ui-screen button[data-action="rescue"]');
    await page.waitForSelector(`.ui-screen button[data-shortcut="${besideTheRep + 1}"]`);
    const call = (await screenWords(page)).join(' ');
    expect(call).toContain(story.rescue!.beats.push!.text);
    await screenshot(page, 'story-call-1920');
    await say(page, besideTheRep + 1);
    await screenshot(page, 'story-call-beside-1920');
    await say(page, 1);
    expect(await page.$('.ui-screen button[data-action="advance"]')).not.toBeNull();
    expect((await screenWords(page)).join(' ')).toContain('Marco led the call');
    await screenshot(page, 'story-called-1920');
    await backToBoard(page, path.crisisWeek);

    for (let week = path.crisisWeek; week < path.reviewWeek; week += 1) await endWeek(page, week);

    // The review talk: asking what Marco learned.
    await openTideway(page, 'loss-to-review');
    await page.click('.ui-screen button[data-action="review"]');
    await page.waitForSelector('.ui-screen button[data-shortcut="3"]');
    expect((await screenWords(page)).join(' ')).toContain(story.review!.beats.open!.text);
    await screenshot(page, 'story-review-1920');
    await sayFirstUntilDone(page);
    expect((await screenWords(page)).join(' ')).toContain(
      'Marco found the business-goal gap himself',
    );
    await screenshot(page, 'story-reviewed-1920');
    expect(await seriousViolations(page)).toEqual([]);
    expect(errors).toEqual([]);
  } finally {
    await browser.close();
  }
});

test('the rescue call and the review talk at 1280×720 with large text', async () => {
  const browser = await openBrowser({ viewport: { width: 1280, height: 720 } });
  try {
    const { page, errors } = browser;
    await openSave(page, saveOf(path.toCrisis), 'large');
    await waitForScreen(page, 'week', path.crisisWeek);
    await openTideway(page, 'going-south');
    await screenshot(page, 'story-crisis-1280-large');
    await page.click('.ui-screen button[data-action="rescue"]');
    await page.waitForSelector('.ui-screen button[data-shortcut="4"]');
    await screenshot(page, 'story-call-1280-large');
    await say(page, besideTheRep + 1);
    await screenshot(page, 'story-call-beside-1280-large');

    await openSave(page, saveOf(path.decisions), 'large');
    await waitForScreen(page, 'week', path.reviewWeek);
    await openTideway(page, 'loss-to-review');
    await page.click('.ui-screen button[data-action="review"]');
    await page.waitForSelector('.ui-screen button[data-shortcut="3"]');
    await screenshot(page, 'story-review-1280-large');
    await say(page, 1);
    await screenshot(page, 'story-review-reflect-1280-large');
    expect(errors).toEqual([]);
  } finally {
    await browser.close();
  }
});
