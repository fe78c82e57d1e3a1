/**
 * While the week board's cards slide to their new stages, frames draw again
 * only where cards were and are (src/app/redrawWhatMoves). The test counts
 * the canvas clears of part of the canvas to see that those frames happened,
 * and checks that the picture they leave is the one a whole frame draws.
 */
import { expect, inject, test } from 'vitest';
import { board } from '../../src/ui/layout';
import { screenshot, useFreshBrowser } from './support/browser';
import { startNewGame, waitForScreen } from './support/game';

const browser = useFreshBrowser();

/** Counts WebGL clears of the whole canvas and of a part of it (a scissored clear). */
const countClears = `(() => {
  const counts = (window.clearCounts = { whole: 0, part: 0 });
  for (const Context of [WebGLRenderingContext, WebGL2RenderingContext]) {
    const clear = Context.prototype.clear;
    Context.prototype.clear = function (mask) {
      const box = this.getParameter(this.SCISSOR_BOX);
      const scissored = this.isEnabled(this.SCISSOR_TEST);
      const part = scissored && (box[2] < this.drawingBufferWidth || box[3] < this.drawingBufferHeight);
      counts[part ? 'part' : 'whole'] += 1;
      return clear.call(this, mask);
    };
  }
})()`;

interface ClearCounts {
  whole: number;
  part: number;
}

test('sliding cards redraw only where they move, and leave the picture a whole frame draws', async () => {
  const { page, errors } = browser();
  await page.addInitScript(countClears);
  await startNewGame(page, inject('baseUrl'), 'standard', 'moving');
  await page.click('.ui-screen button[data-action="advance"]');
  await waitForScreen(page, 'results', 1);
  await page.click('.ui-screen button[data-action="advance"]');
  await waitForScreen(page, 'week', 2);
  const before = (await page.evaluate('window.clearCounts')) as ClearCounts;
  // The cards slide for board.moveMs; the loop sleeps soon after they stop.
  await page.waitForTimeout(board.moveMs + 1000);
  const slid = (await page.evaluate('window.clearCounts')) as ClearCounts;
  expect(slid.part - before.part).toBeGreaterThan(10);
  const canvas = (await page.$('canvas'))!;
  const afterSlide = await canvas.screenshot();

  // A resize may change anything, so the next frame is drawn whole.
  await page.evaluate(`window.dispatchEvent(new Event('resize'))`);
  await page.waitForTimeout(500);
  const redrawn = (await page.evaluate('window.clearCounts')) as ClearCounts;
  expect(redrawn.whole).toBeGreaterThan(slid.whole);
  const wholeFrame = await canvas.screenshot();
  if (!afterSlide.equals(wholeFrame)) await screenshot(page, 'week-board-after-slide-mismatch');
  expect(afterSlide.equals(wholeFrame)).toBe(true);
  expect(errors).toEqual([]);
});
