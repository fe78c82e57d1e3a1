/**
 * The debrief's replays, timed in the built game and on the pure model in
 * Node in the same run: the roads not taken (two scripted seasons, replayed
 * when the debrief first opens; the `debrief.roads` measure, one cold load
 * each) and the policy lab (fifty seasons in its worker, from pressing run
 * to the figures on screen; the `debrief.lab` measure). A standard season
 * played to its end with no decisions opens the debrief.
 */
import type { Page } from 'playwright-core';
import { labMeasure } from '../../src/app/labBench';
import { roadsMeasure } from '../../src/app/measured';
import { labSeeds, runLab } from '../../src/app/policyLab';
import { roadsNotTaken } from '../../src/app/roadsNotTaken';
import {
  loadWithSave,
  savePlayedTo,
  screenOf,
  shippedScenario,
  waitForChange,
  waitForScreen,
} from '../../tests/e2e/support/game';

const scenarioId = 'standard';
const seed = 11;

export interface DebriefTimes {
  roadsMs: number;
  labMs: number;
}

/** Opens the debrief of a standard season played to its end from a save. */
async function openDebrief(page: Page, url: string): Promise<void> {
  const scenario = shippedScenario(scenarioId);
  await loadWithSave(page, url, savePlayedTo(scenarioId, scenario.weeks, seed));
  await page.keyboard.press('Enter');
  await waitForScreen(page, 'week', scenario.weeks);
  await page.click('.ui-screen button[data-action="advance"]');
  for (let step = 0; step < 6; step += 1) {
    const now = await screenOf(page);
    if (now.screen === 'debrief') return;
    await page.keyboard.press('Enter');
    await waitForChange(page, now);
  }
  throw new Error('the debrief never opened');
}

const measureOf = (page: Page, name: string) =>
  page.evaluate(
    (entry) => performance.getEntriesByName(entry).at(-1)?.duration ?? Number.NaN,
    name,
  );

/** The first replay of the roads when the debrief opens, in a fresh page. */
export async function browserRoads(page: Page, url: string): Promise<number> {
  await openDebrief(page, url);
  return measureOf(page, roadsMeasure);
}

/** The lab run `runs` times from its page, each from press to picture. */
export async function browserLab(page: Page, url: string, runs: number): Promise<number[]> {
  await openDebrief(page, url);
  await page.keyboard.press('8');
  await page.waitForSelector('.ui-screen button[data-action="run-lab"]');
  const times: number[] = [];
  for (let run = 0; run < runs; run += 1) {
    await page.click('.ui-screen button[data-action="run-lab"]');
    await page.waitForSelector('[data-debrief-section="lab"][data-lab-status="running"]', {
      state: 'attached',
    });
    await page.waitForSelector('[data-debrief-section="lab"][data-lab-status="done"]', {
      state: 'attached',
      timeout: 30_000,
    });
    times.push(await measureOf(page, labMeasure));
  }
  return times;
}

/** The same work on the pure model in this process. */
export function nodeTimes(): DebriefTimes {
  const scenario = shippedScenario(scenarioId);
  const time = (work: () => unknown) => {
    const started = performance.now();
    work();
    return performance.now() - started;
  };
  return {
    roadsMs: time(() => roadsNotTaken(scenario, seed, scenario.weeks)),
    labMs: time(() => runLab(scenario, { policy: 'coach-early' }, labSeeds(seed))),
  };
}
