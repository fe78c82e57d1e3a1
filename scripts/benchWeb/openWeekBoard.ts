/** From the title screen to a running week board of the standard scenario, the way a player gets there. */
import type { Page } from 'playwright-core';

export async function openWeekBoard(page: Page): Promise<void> {
  await page.waitForSelector('#app[data-screen="title"]');
  await page.click('[data-action="new-game"][data-scenario="standard"]');
  await page.waitForSelector('#app[data-screen="week"]', { timeout: 30_000 });
}
