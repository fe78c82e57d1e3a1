/**
 * The debrief of a finished tutorial, page by page from the keyboard: each
 * section holds its table, the policy lab runs in its worker until its
 * figures are shown, and every page is photographed at 1920×1080 and at
 * 1280×720 with large text for review in tests/artifacts/.
 */
import { expect, inject, test } from 'vitest';
import { storyCoaching } from '../../src/content/storyCoaching';
import { playWithPolicy } from '../../src/sim/playWithPolicy';
import { policies } from '../../src/sim/policies';
import { type GamePage, screenshot, useFreshBrowser } from './support/browser';
import {
  finishIntoDebrief,
  saveOfDecisions,
  seriousViolations,
  shippedScenario,
  tabTo,
  waitForScreen,
} from './support/game';

const browser = useFreshBrowser({ viewport: { width: 1920, height: 1080 } });

/** Each page's tab, its number key and the sections it draws. */
const pages = [
  { tab: 'team', key: 1, sections: ['charts', 'roads'] },
  { tab: 'manager', key: 2, sections: [] },
  { tab: 'cost', key: 3, sections: ['ledger', 'score'] },
  { tab: 'log', key: 4, sections: ['log'] },
  { tab: 'forward', key: 5, sections: ['forward'] },
  { tab: 'causes', key: 6, sections: ['causes'] },
  { tab: 'loops', key: 7, sections: ['loops'] },
  { tab: 'lab', key: 8, sections: ['lab'] },
  { tab: 'summary', key: 9, sections: [] },
] as const;

const seed = 11;

/** The tutorial played by the balanced scripted player, all but its last week's end. */
function tutorialToLastWeek() {
  const scenario = shippedScenario('tutorial');
  const { decisions } = playWithPolicy(
    scenario.setup,
    seed,
    policies.balanced,
    storyCoaching(scenario),
  );
  return decisions.slice(0, -1);
}

const rowsOf = (page: GamePage['page'], section: string) =>
  page.$$eval(`[data-debrief-section="${section}"] tbody tr`, (rows) => rows.length);

async function openPage(page: GamePage['page'], tab: string, key: number): Promise<void> {
  await page.keyboard.press(String(key));
  await page.waitForSelector(`.ui-screen button[data-debrief-tab="${tab}"][data-current]`);
}

test('the debrief: every section with its table, the policy lab, and each page photographed', async () => {
  const { page, errors } = browser();
  const decisions = tutorialToLastWeek();
  const choices = decisions.filter((decision) => decision.type !== 'week.advance').length;
  await finishIntoDebrief(page, inject('baseUrl'), saveOfDecisions('tutorial', decisions, seed), 8);

  // Every section's table is in the DOM layer on every page.
  const expected: Record<string, number> = {
    charts: 8,
    roads: 8,
    forward: 26,
    loops: 7,
    score: 7,
    log: choices,
    lab: 0,
  };
  for (const [section, rows] of Object.entries(expected))
    expect(await rowsOf(page, section), section).toBe(rows);
  expect(await rowsOf(page, 'causes')).toBeGreaterThan(0);
  expect(await page.$('[data-debrief-section="ledger"] table caption')).not.toBeNull();
  expect(await page.getAttribute('[data-debrief-section="lab"]', 'data-lab-status')).toBe('ready');

  for (const { tab, key } of pages) {
    await openPage(page, tab, key);
    if (tab === 'lab') {
      await tabTo(page, '.ui-screen button[data-action="run-lab"]');
      await page.keyboard.press('Enter');
      // Running while the worker plays, then done when its figures are on screen.
      await page.waitForSelector('[data-debrief-section="lab"][data-lab-status="running"]', {
        state: 'attached',
      });
      await page.waitForSelector('[data-debrief-section="lab"][data-lab-status="done"]', {
        state: 'attached',
        timeout: 20_000,
      });
      expect(await rowsOf(page, 'lab')).toBe(8);
      expect(await page.textContent('[data-debrief-section="lab"] caption')).toContain(
        'Coach early, over 50 seasons',
      );
      // A mix from the keyboard: one step less rescuing, then run it.
      await tabTo(page, '.ui-screen button[data-lab-control="rescueLate:-1"]');
      await page.keyboard.press('Enter');
      await page.waitForSelector('.ui-screen button[data-lab-policy="mix"][data-current]');
      await tabTo(page, '.ui-screen button[data-action="run-lab"]');
      await page.keyboard.press('Enter');
      await page.waitForFunction(() =>
        document
          .querySelector('[data-debrief-section="lab"][data-lab-status="done"] caption')
          ?.textContent?.includes('rescue 40 % of late ones'),
      );
    }
    await screenshot(page, `debrief-${tab}-1920`);
    expect(await seriousViolations(page), tab).toEqual([]);
    if (tab === 'team') {
      // A chart focused from the keyboard reads its values at a week; left moves a week back.
      await tabTo(page, '.ui-screen button[data-chart="capability"]');
      const chart = '.ui-screen button[data-chart="capability"]';
      expect(await page.textContent(chart)).toMatch(
        /^Team capability, week 8: You \d+, Coach early \d+, Rescue late \d+\./,
      );
      await page.keyboard.press('ArrowLeft');
      await page.keyboard.press('ArrowLeft');
      expect(await page.textContent(chart)).toMatch(/^Team capability, week 6: You \d+/);
      await screenshot(page, 'debrief-team-cursor-1920');
    }
    if (tab === 'causes') {
      // Picking another outcome shows its chain.
      const second = await page.$$eval(
        '.ui-screen button[data-outcome]',
        (b) => b[1]?.dataset.outcome,
      );
      expect(second).toBeDefined();
      await tabTo(page, `.ui-screen button[data-outcome="${second}"]`);
      await page.keyboard.press('Enter');
      await page.waitForSelector(`.ui-screen button[data-outcome="${second}"][data-current]`);
      await screenshot(page, 'debrief-causes-second-1920');
    }
  }

  // 1280×720 with large text: every page again.
  await page.setViewportSize({ width: 1280, height: 720 });
  await page.keyboard.press('Escape');
  await page.click('.ui-modal button >> text=Settings');
  await page.click('[data-setting="text-size"]');
  await page.waitForFunction(() =>
    document.querySelector('[data-setting="text-size"]')?.textContent?.includes('large'),
  );
  await page.keyboard.press('Escape');
  await page.waitForSelector('.ui-modal[hidden]', { state: 'attached' });
  await waitForScreen(page, 'debrief', 8);
  for (const { tab, key } of pages) {
    await openPage(page, tab, key);
    await screenshot(page, `debrief-${tab}-1280-large`);
  }
  expect(errors).toEqual([]);
});
