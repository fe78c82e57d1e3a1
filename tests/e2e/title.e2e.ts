import { afterEach, beforeEach, expect, inject, test } from 'vitest';
import { type GamePage, openBrowser, screenshot } from './support/browser';

let browser: GamePage;

beforeEach(async () => {
  browser = await openBrowser();
});

afterEach(async () => {
  await browser.close();
});

test('the game boots into the title screen with the WebGL renderer and no errors', async () => {
  const { page, errors } = browser;
  await page.goto(inject('baseUrl'));
  await page.waitForSelector('#app[data-screen="title"]', { timeout: 20_000 });
  expect(await page.getAttribute('#app', 'data-renderer')).toBe('webgl');
  const canvas = await page.$('#game canvas');
  expect(canvas).not.toBeNull();
  const box = await canvas!.boundingBox();
  expect(box).not.toBeNull();
  // FIT at 16:9 inside a 1280×720 window fills it exactly.
  expect(Math.round(box!.width)).toBe(1280);
  expect(Math.round(box!.height)).toBe(720);
  await screenshot(page, 'title');
  expect(errors).toEqual([]);
});
