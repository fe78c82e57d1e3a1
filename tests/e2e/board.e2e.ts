/**
 * The week board a room can read: played to week 8 of `standard` on seed
 * 2026, every open deal has its own customer, the whole inbox is on screen
 * at once (as many inbox buttons as the description names items), each week
 * opens with focus on its first item, and the board is photographed at
 * weeks 1 and 8 at both window sizes with large text.
 */
import { expect, inject, test } from 'vitest';
import { screenshot, useFreshBrowser } from './support/browser';
import { screenTimeout, waitForScreen } from './support/game';

const sizes = [
  { width: 1920, height: 1080, large: false, tag: '1920' },
  { width: 1280, height: 720, large: true, tag: '1280-large' },
] as const;

interface BoardFacts {
  week: number;
  customers: string[];
  inboxItems: number;
  /** "Inbox: 11 items waiting." */
  inboxSaid: string;
  inboxButtons: number;
  offScreen: string[];
  focused?: string;
  firstItem?: string;
}

/** What the board says in the DOM layer: its open deals' customers and its inbox. */
async function boardFacts(page: import('playwright-core').Page): Promise<BoardFacts> {
  return page.evaluate(() => {
    const root = document.querySelector<HTMLElement>('#app')!;
    const lines = [...document.querySelectorAll('.ui-screen .ui-description li')].map(
      (line) => line.textContent ?? '',
    );
    const stages = ['Qualify', 'Discover', 'Propose', 'Negotiate', 'Decide'];
    const customers: string[] = [];
    for (const line of lines) {
      const stage = stages.find((name) => line.startsWith(`${name}: `));
      if (!stage || line.endsWith('no deals.')) continue;
      // "Qualify: Lumen Eyecare ($74K, Leila Haddad, …); Sablewood Furniture ($115K, …)."
      for (const match of line.slice(stage.length + 2).matchAll(/(?:^|; )([^;(]+?) \(/g))
        customers.push(match[1]!.trim());
    }
    const said = lines.find((line) => line.startsWith('Inbox:')) ?? '';
    const items = lines.filter((line) => line.startsWith('Inbox item '));
    const buttons = [
      ...document.querySelectorAll<HTMLElement>(
        '.ui-screen button[data-action="choose"][data-deal]',
      ),
    ];
    const offScreen = buttons
      .filter((button) => {
        const box = button.getBoundingClientRect();
        return (
          box.width === 0 ||
          box.top < 0 ||
          box.left < 0 ||
          box.bottom > innerHeight ||
          box.right > innerWidth
        );
      })
      .map((button) => button.dataset.deal ?? '');
    return {
      week: Number(root.dataset.week),
      customers,
      inboxItems: items.length,
      inboxSaid: said,
      inboxButtons: buttons.length,
      offScreen,
      focused: (document.activeElement as HTMLElement | null)?.dataset.deal,
      firstItem: buttons[0]?.dataset.deal,
    };
  });
}

for (const size of sizes) {
  const browser = useFreshBrowser({ viewport: { width: size.width, height: size.height } });

  test(
    `standard to week 8 at ${size.width}×${size.height}${size.large ? ', large text' : ''}: one customer a deal, the whole inbox on screen`,
    async () => {
      const { page, errors } = browser();
      const url = `${inject('baseUrl')}?fast=1&seed=2026`;
      await page.goto(url);
      await waitForScreen(page, 'title');
      if (size.large) {
        await page.evaluate(() =>
          localStorage.setItem('coach-or-rescue.display', JSON.stringify({ textSize: 'large' })),
        );
        await page.reload();
        await waitForScreen(page, 'title');
      }
      await page.click('[data-action="new-game"][data-scenario="standard"]');
      let biggestInbox = 0;
      for (let week = 1; week <= 8; week += 1) {
        await waitForScreen(page, 'week', week);
        const facts = await boardFacts(page);
        expect(facts.week).toBe(week);
        expect(facts.customers.length, `week ${week} lists its deals`).toBeGreaterThan(10);
        const shared = facts.customers.filter(
          (name, index) => facts.customers.indexOf(name) !== index,
        );
        expect(shared, `week ${week}: customers on two open deals`).toEqual([]);
        expect(facts.inboxSaid).toMatch(
          /^Inbox: (\d+ items?|1 item) waiting\.$|^Inbox: nothing waiting\.$/,
        );
        expect(facts.inboxSaid).toContain(
          facts.inboxItems === 0 ? 'nothing' : `${facts.inboxItems} item`,
        );
        expect(facts.inboxButtons, `week ${week}: every inbox item has its button`).toBe(
          facts.inboxItems,
        );
        expect(facts.offScreen, `week ${week}: inbox items off screen`).toEqual([]);
        expect(facts.focused, `week ${week} opens on its first item`).toBe(facts.firstItem);
        biggestInbox = Math.max(biggestInbox, facts.inboxItems);
        if (week === 1 || week === 8) await screenshot(page, `board-week-${week}-${size.tag}`);
        if (week === 8) break;
        // Hand the first request back, so the weeks carry choices as well as their ends.
        const help = await page.$('.ui-screen button[data-kind="help"]');
        if (help) {
          await help.click();
          await waitForScreen(page, 'decision', week);
          await page.click('.ui-screen button[data-action="stay-out"]');
          await waitForScreen(page, 'week', week);
        }
        await page.click('.ui-screen button[data-action="advance"]');
        await waitForScreen(page, 'results', week);
        await page.click('.ui-screen button[data-action="advance"]');
      }
      // The season's early weeks hold more than a column's worth: the test saw a real pile.
      expect(biggestInbox).toBeGreaterThan(8);
      expect(errors).toEqual([]);
    },
    screenTimeout * 6,
  );
}

const cards = useFreshBrowser({ viewport: { width: 1920, height: 1080 } });

test('a pipeline card opens its deal: the decision when the inbox holds one, else the deal to look at', async () => {
  const { page, errors } = cards();
  await page.goto(`${inject('baseUrl')}?fast=1&seed=2026`);
  await waitForScreen(page, 'title');
  await page.click('[data-action="new-game"][data-scenario="standard"]');
  await waitForScreen(page, 'week', 1);
  const { waiting, quiet } = await page.evaluate(() => {
    const inbox = new Set(
      [
        ...document.querySelectorAll<HTMLElement>(
          '.ui-screen button[data-action="choose"][data-deal]',
        ),
      ].map((button) => button.dataset.deal),
    );
    const all = [
      ...document.querySelectorAll<HTMLElement>('.ui-screen button[data-action="open-deal"]'),
    ].map((button) => button.dataset.card ?? '');
    return { waiting: all.find((id) => inbox.has(id)), quiet: all.find((id) => !inbox.has(id)) };
  });
  expect(waiting, 'a card whose deal is in the inbox').toBeDefined();
  expect(quiet, 'a card whose deal is not').toBeDefined();
  // A deal with nothing waiting opens to look at: the deal, no options, the way back.
  await page.click(`.ui-screen button[data-action="open-deal"][data-card="${quiet}"]`);
  await waitForScreen(page, 'decision', 1);
  const look = await page.evaluate(() => ({
    options: document.querySelectorAll(
      '.ui-screen button[data-action="coach"], .ui-screen button[data-action="rescue"], .ui-screen button[data-action="stay-out"], .ui-screen button[data-action="review"]',
    ).length,
    words: document.querySelector('.ui-screen .ui-description')?.textContent ?? '',
  }));
  expect(look.options).toBe(0);
  expect(await page.evaluate(() => document.activeElement?.textContent)).toContain(
    'Back to the board',
  );
  expect(look.words).toContain('nothing to decide this week');
  await screenshot(page, 'deal-look-1920');
  await page.click('.ui-screen button >> text=Back to the board');
  await waitForScreen(page, 'week', 1);
  // Back on the board, focus is on the card it came from.
  expect(
    await page.evaluate(() => (document.activeElement as HTMLElement | null)?.dataset.card),
  ).toBe(quiet);
  await page.click(`.ui-screen button[data-action="open-deal"][data-card="${waiting}"]`);
  await waitForScreen(page, 'decision', 1);
  expect(errors).toEqual([]);
});
