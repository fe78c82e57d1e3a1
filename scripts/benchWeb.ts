/**
 * npm run bench:web: the built game in headless Chromium, each figure beside
 * a baseline measured in the same run.
 *  - Start-up: navigation to an interactive title screen vs the first frame
 *    of a bare Phaser 4 page (median of 5 cold loads each; target ≤ 1.3×).
 *  - Frame rate while the week board animates vs a blank page's
 *    requestAnimationFrame rate (median of 5 windows each; target ≥ 0.9×).
 *  - Gzipped size of all shipped JavaScript vs Phaser's own chunk
 *    (target: at most Phaser + 150 KB).
 *  - The debrief's replays of a standard season: the roads not taken when
 *    it opens (median of 3 cold loads) and the policy lab's 50 seasons in
 *    its worker, press to picture (median of 3 runs; target under 2 s),
 *    each vs the same work on the pure model in Node (median of 3).
 * Figures are printed, never asserted.
 */
import { copyFileSync, mkdtempSync, readdirSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { gzipSync } from 'node:zlib';
import type { Page } from 'playwright-core';
import { build } from 'vite';
import { board } from '../src/ui/layout';
import { openBrowser } from '../tests/e2e/support/browser';
import { startPreview } from '../tests/e2e/support/preview';
import { browserLab, browserRoads, nodeTimes } from './benchWeb/debriefTimes';
import { openWeekBoard } from './benchWeb/openWeekBoard';

const loads = 5;
/** Cold loads of the debrief, and runs of the lab. */
const debriefRuns = 3;
/** Frame-rate windows, each in a fresh browser: one window is easily upset by the machine. */
const frameRuns = 5;
/** The blank page's window. */
const frameWindowMs = 1000;

function median(values: number[]): number {
  const sorted = [...values].sort((a, b) => a - b);
  const middle = Math.floor(sorted.length / 2);
  return sorted.length % 2 ? sorted[middle]! : (sorted[middle - 1]! + sorted[middle]!) / 2;
}

/** Runs one measurement in a browser with a fresh profile, closed afterwards. */
async function inFreshBrowser<T>(measure: (page: Page) => Promise<T>): Promise<T> {
  const browser = await openBrowser();
  try {
    return await measure(browser.page);
  } finally {
    await browser.close();
  }
}

/** Navigation start to the moment the page reports ready, in a fresh profile (a cold load). */
function coldLoad(url: string, ready: string): Promise<number> {
  return inFreshBrowser(async (page) => {
    // Checked every few milliseconds: when the title shows with its buttons.
    await page.addInitScript(() => {
      const marks = window as unknown as { titleMs?: number };
      const poll = setInterval(() => {
        const app = document.getElementById('app');
        if (app?.dataset.screen === 'title' && document.querySelector('#ui-layer button')) {
          marks.titleMs = performance.now();
          clearInterval(poll);
        }
      }, 4);
    });
    await page.goto(url);
    return await page
      .waitForFunction(ready, undefined, { timeout: 30_000 })
      .then((h) => h.jsonValue() as Promise<number>);
  });
}

/** Frames per second between the first and last of the frames' times. */
function framesPerSecond(times: number[]): number {
  const first = times[0]!;
  const last = times[times.length - 1]!;
  return ((times.length - 1) / (last - first)) * 1000;
}

/** requestAnimationFrame callbacks per second over a window, on a page left alone. */
async function frameRate(page: Page): Promise<number> {
  // Written as text: tsx would wrap a named function in a helper the page does not have.
  const times = (await page.evaluate(`new Promise((resolve) => {
    const times = [];
    requestAnimationFrame(function tick(now) {
      times.push(now);
      if (now - times[0] < ${frameWindowMs}) requestAnimationFrame(tick);
      else resolve(times);
    });
  })`)) as number[];
  return framesPerSecond(times);
}

function blankFrameRate(url: string): Promise<number> {
  return inFreshBrowser(async (page) => {
    await page.goto(url);
    return frameRate(page);
  });
}

/**
 * Plays a week out and counts frames while the board's cards slide to their
 * new stages. Every frame's time and screen are noted from before the click,
 * so the window is exactly the slide: it opens on the second frame after the
 * board is first on screen (the frame that builds the board is a scene
 * change, not animation) and lasts as long as the cards take to move.
 */
function boardFrameRate(url: string): Promise<number> {
  return inFreshBrowser(async (page) => {
    await page.goto(url);
    await openWeekBoard(page);
    await page.click('[data-action="advance"]');
    await page.waitForSelector('#app[data-screen="results"]');
    await page.evaluate(`(() => {
      const noted = (window.frameNotes = []);
      requestAnimationFrame(function note(now) {
        noted.push([now, document.getElementById('app').dataset.screen]);
        requestAnimationFrame(note);
      });
    })()`);
    await page.click('[data-action="advance"]');
    await page.waitForSelector('#app[data-screen="week"]');
    await page.waitForTimeout(board.moveMs + 1000);
    const notes = (await page.evaluate('window.frameNotes')) as [number, string][];
    const boardFrames = notes.filter(([, screen]) => screen === 'week').map(([time]) => time);
    const opens = boardFrames[2];
    if (opens === undefined) throw new Error('The week board never drew its frames.');
    return framesPerSecond(
      boardFrames.filter((time) => time >= opens && time <= opens + board.moveMs),
    );
  });
}

function gzippedJs(dir: string): { total: number; phaser: number } {
  let total = 0;
  let phaser = 0;
  for (const name of readdirSync(dir)) {
    if (!name.endsWith('.js')) continue;
    const size = gzipSync(readFileSync(join(dir, name)), { level: 9 }).length;
    total += size;
    if (name.startsWith('phaser')) phaser += size;
  }
  return { total, phaser };
}

const bareDir = mkdtempSync(join(tmpdir(), 'bare-phaser-'));
const previews = [];
try {
  await build({
    configFile: false,
    root: 'scripts/benchWeb/bare',
    base: './',
    logLevel: 'warn',
    build: { outDir: bareDir, emptyOutDir: true },
  });
  copyFileSync('scripts/benchWeb/blank.html', join(bareDir, 'blank.html'));
  const game = await startPreview('dist');
  const bare = await startPreview(bareDir);
  previews.push(game, bare);

  const bareTimes: number[] = [];
  const gameTimes: number[] = [];
  for (let i = 0; i < loads; i += 1) {
    bareTimes.push(await coldLoad(bare.url, '(window).firstFrameMs'));
    gameTimes.push(await coldLoad(game.url, '(window).titleMs'));
  }
  const bareMs = median(bareTimes);
  const gameMs = median(gameTimes);

  const blankRates: number[] = [];
  const boardRates: number[] = [];
  for (let i = 0; i < frameRuns; i += 1) {
    blankRates.push(await blankFrameRate(`${bare.url}blank.html`));
    boardRates.push(await boardFrameRate(game.url));
  }
  const blankFps = median(blankRates);
  const boardFps = median(boardRates);

  const roadsTimes: number[] = [];
  for (let i = 0; i < debriefRuns; i += 1)
    roadsTimes.push(await inFreshBrowser((page) => browserRoads(page, game.url)));
  const labTimes = await inFreshBrowser((page) => browserLab(page, game.url, debriefRuns));
  const node = Array.from({ length: debriefRuns }, nodeTimes);
  const roadsMs = median(roadsTimes);
  const labMs = median(labTimes);
  const roadsNodeMs = median(node.map((times) => times.roadsMs));
  const labNodeMs = median(node.map((times) => times.labMs));

  const sizes = gzippedJs('dist/assets');
  const kb = (bytes: number) => `${(bytes / 1024).toFixed(1)} KB`;
  console.log(`start-up (median of ${loads} cold loads):`);
  console.log(`  bare Phaser 4 page, first frame   ${bareMs.toFixed(0).padStart(6)} ms`);
  console.log(
    `  Coach or Rescue, title ready      ${gameMs.toFixed(0).padStart(6)} ms  = ${(gameMs / bareMs).toFixed(2)}× (target ≤ 1.30×)`,
  );
  console.log(`frame rate (median of ${frameRuns} windows):`);
  console.log(`  blank page                        ${blankFps.toFixed(1).padStart(6)} fps`);
  console.log(
    `  week board, cards moving          ${boardFps.toFixed(1).padStart(6)} fps  = ${(boardFps / blankFps).toFixed(2)}× (target ≥ 0.90×)`,
  );
  console.log(`the debrief's replays, standard season (median of ${debriefRuns}):`);
  console.log(`  roads not taken, pure model in Node ${roadsNodeMs.toFixed(0).padStart(6)} ms`);
  console.log(
    `  roads not taken, in the browser     ${roadsMs.toFixed(0).padStart(6)} ms  = ${(roadsMs / roadsNodeMs).toFixed(2)}× (target well under 1 s)`,
  );
  console.log(`  policy lab, 50 seasons, Node        ${labNodeMs.toFixed(0).padStart(6)} ms`);
  console.log(
    `  policy lab, worker, press to picture ${labMs.toFixed(0).padStart(5)} ms  = ${(labMs / labNodeMs).toFixed(2)}× (target under 2 s)`,
  );
  console.log('shipped JavaScript, gzipped:');
  console.log(`  Phaser chunk                      ${kb(sizes.phaser).padStart(9)}`);
  console.log(
    `  everything                        ${kb(sizes.total).padStart(9)}  = Phaser + ${kb(sizes.total - sizes.phaser)} (target ≤ Phaser + 150 KB)`,
  );
} finally {
  for (const preview of previews) preview.stop();
  rmSync(bareDir, { recursive: true, force: true });
}
