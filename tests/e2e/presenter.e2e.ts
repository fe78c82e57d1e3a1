/**
 * The presenter view: a second window kept in step with the projector over
 * a BroadcastChannel, for three steps driven from each side; it shows the
 * model's hidden values; closing either window leaves the other working.
 */
import type { Page } from 'playwright-core';
import { expect, inject, test } from 'vitest';
import { screenshot, useFreshBrowser } from './support/browser';
import { gameUrl, screenOf, waitForScreen } from './support/game';

const browser = useFreshBrowser({ viewport: { width: 1920, height: 1080 } });

const rootOf = (page: Page) =>
  page.evaluate(() => {
    const app = document.getElementById('app')!;
    return {
      week: app.dataset.week,
      step: app.dataset.step ?? null,
      beat: app.dataset.beat ?? null,
    };
  });

/** Waits until the presenter shows the projector's week and step, at this beat. */
async function inStep(projector: Page, presenter: Page, beat: string): Promise<void> {
  const want = await projector.evaluate(() => ({
    week: document.getElementById('app')!.dataset.week,
    step: document.querySelector<HTMLElement>('#room-bar .room-steps')!.dataset.step,
  }));
  await presenter.waitForFunction(
    ({ week, step, beat }) => {
      const app = document.getElementById('app')!;
      return app.dataset.week === week && app.dataset.step === step && app.dataset.beat === beat;
    },
    { ...want, beat },
  );
}

test('the presenter window keeps step with the projector, driven from either side', async () => {
  const { page, context, errors } = browser();
  await page.goto(`${gameUrl(inject('baseUrl'))}&facilitate`);
  await waitForScreen(page, 'title');
  expect(await page.getAttribute('button[data-action="facilitate"]', 'aria-pressed')).toBe('true');
  await page.click('button[data-scenario="tutorial"]');
  await waitForScreen(page, 'week', 1);
  const [presenter] = await Promise.all([
    context.waitForEvent('page'),
    page.click('#room-bar button[data-action="presenter"]'),
  ]);
  const presenterErrors: string[] = [];
  presenter.on('pageerror', (error) => presenterErrors.push(error.message));
  await presenter.waitForSelector('#app[data-screen="presenter"][data-week="1"]');
  await inStep(page, presenter, 'board');
  // The hidden values: every open deal's true strength, every rep's stocks.
  const hidden = await presenter.textContent('.presenter-body');
  expect(hidden).toContain('True strength');
  expect(await presenter.$$eval('.presenter-body table', (tables) => tables.length)).toBe(2);
  expect(
    await presenter.$$eval('.presenter-body table:nth-of-type(2) tbody tr', (rows) => rows.length),
  ).toBe(3);
  expect(hidden).toContain('Which deal did you most want to rescue?');

  // Three steps from the presenter: end the week, reveal, close the discussion.
  await presenter.click('button[data-action="step"]');
  await waitForScreen(page, 'results', 1);
  await inStep(page, presenter, 'consequences');
  expect(await page.getAttribute('#room-card', 'data-card')).toBe('hidden');
  expect(await presenter.textContent('.presenter-next')).toContain('reveal');
  await screenshot(presenter, 'presenter-hidden');
  await presenter.keyboard.press('r');
  await page.waitForSelector('#room-card[data-card="prompt"]');
  await inStep(page, presenter, 'discuss');
  expect(await presenter.textContent('.presenter-next')).toContain('Hands up');
  await presenter.click('button[data-action="step"]');
  await page.waitForSelector('#room-card[data-card="none"]', { state: 'attached' });
  await inStep(page, presenter, 'consequences');

  // Three steps from the projector: the next week, pause, resume.
  await page.keyboard.press('ArrowRight');
  await waitForScreen(page, 'week', 2);
  await inStep(page, presenter, 'board');
  await page.keyboard.press('p');
  await inStep(page, presenter, 'paused');
  await screenshot(presenter, 'presenter-paused');
  await page.keyboard.press('p');
  await inStep(page, presenter, 'board');
  expect((await rootOf(presenter)).week).toBe('2');

  // Closing the presenter leaves the projector playing.
  await presenter.close();
  await page.keyboard.press('ArrowRight');
  await waitForScreen(page, 'results', 2);
  expect(await page.getAttribute('#room-card', 'data-card')).toBe('hidden');

  // A presenter opened from the address catches up; closing the projector leaves it working.
  const again = await context.newPage();
  await again.goto(`${inject('baseUrl')}?presenter`);
  await again.waitForSelector('#app[data-screen="presenter"][data-week="2"]');
  await inStep(page, again, 'consequences');
  await screenshot(again, 'presenter-view');
  await page.close({ runBeforeUnload: true });
  await again.waitForFunction(() =>
    document
      .querySelector('.presenter-status')
      ?.textContent?.includes('projector window is closed'),
  );
  expect(await again.isVisible('button[data-action="continue"]')).toBe(true);
  await again.click('button[data-action="step"]');
  expect(await again.getAttribute('#app', 'data-screen')).toBe('presenter');
  expect(presenterErrors).toEqual([]);
  expect(errors).toEqual([]);
  expect(await screenOf(again)).toEqual({ screen: 'presenter', week: 2 });
});
