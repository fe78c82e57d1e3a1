import { storyCoaching } from './src/content/storyCoaching';
import { playWithPolicy } from './src/sim/playWithPolicy';
import { policies } from './src/sim/policies';
import { openBrowser } from './tests/e2e/support/browser';
import {
  loadWithSave,
  saveOfDecisions,
  screenOf,
  shippedScenario,
  waitForChange,
  waitForScreen,
} from './tests/e2e/support/game';
import { startPreview } from './tests/e2e/support/preview';

const preview = await startPreview('dist');
const b = await openBrowser({ viewport: { width: 1920, height: 1080 } });
const page = b.page;
const sc = shippedScenario('standard');
const { decisions } = playWithPolicy(sc.setup, 11, policies['rescue-late'], storyCoaching(sc));
await loadWithSave(page, preview.url, saveOfDecisions('standard', decisions.slice(0, -1), 11));
await page.keyboard.press('Enter');
await waitForScreen(page, 'week', 26);
await page.click('.ui-screen button[data-action="advance"]');
for (let i = 0; i < 6; i++) {
  const now = await screenOf(page);
  if (now.screen === 'debrief') break;
  await page.keyboard.press('Enter');
  await waitForChange(page, now);
}
for (const [key, name] of [
  ['1', 'team'],
  ['6', 'causes'],
  ['7', 'loops'],
  ['4', 'log'],
]) {
  await page.keyboard.press(key);
  await page.waitForTimeout(400);
  await page.screenshot({ path: `tests/artifacts/std-${name}.png` });
}
await page.keyboard.press('6');
await page.waitForTimeout(300);
const outcomes = await page.$$eval('.ui-screen button[data-outcome]', (bs) =>
  bs.map((x) => x.dataset.outcome),
);
console.log(outcomes);
const burn =
  outcomes.find((o) => o?.startsWith('burnout')) ??
  outcomes.find((o) => o?.startsWith('repQuit')) ??
  outcomes[3];
if (burn) {
  await page.click(`.ui-screen button[data-outcome="${burn}"]`);
  await page.waitForTimeout(400);
  await page.screenshot({ path: 'tests/artifacts/std-causes-2.png' });
}
await page.keyboard.press('8');
await page.waitForTimeout(300);
await page.click('.ui-screen button[data-lab-control="rescueLate:1"]');
await page.waitForTimeout(300);
await page.click('.ui-screen button[data-action="run-lab"]');
await page.waitForSelector('[data-lab-status="done"]', { state: 'attached', timeout: 30000 });
await page.screenshot({ path: 'tests/artifacts/std-lab.png' });
console.log(
  await page.$$eval('[data-debrief-section="causes"] tbody tr', (r) => r.length),
  b.errors,
);
await b.close();
preview.stop();
