import { expect, inject, test } from 'vitest';
import { screenshot, useFreshBrowser } from './support/browser';
import {
  buttonNames,
  focusOutline,
  gameUrl,
  seriousViolations,
  waitForScreen,
} from './support/game';

const browser = useFreshBrowser();

test('the game boots into the title screen with the WebGL renderer and no errors', async () => {
  const { page, errors } = browser();
  await page.goto(gameUrl(inject('baseUrl')));
  await waitForScreen(page, 'title');
  expect(await page.getAttribute('#app', 'data-renderer')).toBe('webgl');
  expect(await page.getAttribute('#app', 'data-week')).toBe('0');
  const canvas = await page.$('#game canvas');
  expect(canvas).not.toBeNull();
  const box = await canvas!.boundingBox();
  expect(box).not.toBeNull();
  // FIT at 16:9 inside a 1280×720 window fills it exactly.
  expect(Math.round(box!.width)).toBe(1280);
  expect(Math.round(box!.height)).toBe(720);

  // Every scenario is offered as a real button; no save yet, so no "Continue".
  const names = await buttonNames(page);
  expect(names.filter((n) => n.startsWith('new-game:'))).toHaveLength(3);
  expect(names.some((n) => n.startsWith('continue:'))).toBe(false);
  for (const id of ['tutorial', 'standard', 'inherited-team']) {
    expect(await page.$(`[data-action="new-game"][data-scenario="${id}"]`)).not.toBeNull();
  }
  // The first scenario has focus, and the focus ring is thick.
  const outline = await focusOutline(page);
  expect(outline.tag).toBe('BUTTON');
  expect(outline.style).toBe('solid');
  expect(outline.width).toBeGreaterThanOrEqual(4);
  await screenshot(page, 'title');

  // Settings open over the title as a dialog, and Escape closes it.
  await page.click('[data-action="settings"] >> text=Settings');
  await page.waitForSelector('.ui-modal:not([hidden]) [data-setting="sound"]');
  await screenshot(page, 'title-settings');
  expect(await seriousViolations(page)).toEqual([]);
  await page.keyboard.press('Escape');
  await page.waitForSelector('.ui-modal[hidden]', { state: 'attached' });
  expect(await seriousViolations(page)).toEqual([]);
  expect(errors).toEqual([]);
});
