/**
 * A facilitated session of the tutorial, by keyboard: chosen on the title,
 * the projector's bar with its step indicator, the keys listed under ?, a
 * pause that freezes everything, consequences hidden until revealed, and the
 * scenario's discussion prompt with its countdown.
 */
import type { Page } from 'playwright-core';
import { expect, inject, test } from 'vitest';
import { screenshot, useFreshBrowser } from './support/browser';
import { gameUrl, screenOf, tabTo, waitForScreen } from './support/game';

const browser = useFreshBrowser({ viewport: { width: 1920, height: 1080 } });

const card = (page: Page) => page.getAttribute('#room-card', 'data-card');
const clock = (page: Page) => page.textContent('#room-card .room-clock');
const steps = (page: Page) => page.textContent('#room-bar .room-steps');

async function waitForCard(page: Page, kind: string): Promise<void> {
  await page.waitForSelector(
    `#room-card[data-card="${kind}"]${kind === 'none' ? '' : ':not([hidden])'}`,
    {
      state: kind === 'none' ? 'attached' : 'visible',
    },
  );
}

test('a facilitated tutorial by keyboard: pause, reveal, a prompt with its countdown', async () => {
  const { page, errors } = browser();
  await page.goto(gameUrl(inject('baseUrl')));
  await waitForScreen(page, 'title');
  await tabTo(page, 'button[data-action="facilitate"]');
  await page.keyboard.press('Enter');
  await page.waitForSelector('button[data-action="facilitate"][aria-pressed="true"]');
  await screenshot(page, 'room-title');
  await tabTo(page, 'button[data-scenario="tutorial"]');
  await page.keyboard.press('Enter');
  await waitForScreen(page, 'week', 1);
  expect(await page.isVisible('#room-bar')).toBe(true);
  expect(await steps(page)).toContain('Step 1 · Week 1 of 8');
  expect(await page.textContent('#room-bar [aria-current="step"]')).toBe('▶ Board');
  // The stage sits above the bar, whole.
  const canvas = (await page.$('#game canvas'))!;
  const bar = (await page.$('#room-bar'))!;
  expect(
    (await canvas.boundingBox())!.y + (await canvas.boundingBox())!.height,
  ).toBeLessThanOrEqual((await bar.boundingBox())!.y + 1);
  await screenshot(page, 'room-board');

  // The keys under ? list the facilitator's.
  await page.keyboard.press('?');
  await page.waitForSelector('.ui-modal:not([hidden]) button');
  const keys = await page.$$eval('.ui-modal .ui-description li', (items) =>
    items.map((item) => item.textContent ?? ''),
  );
  for (const word of ['Advance', 'Pause', 'Reveal', 'discussion'])
    expect(
      keys.some((line) => line.includes(word)),
      word,
    ).toBe(true);
  await screenshot(page, 'room-keys');
  await page.keyboard.press('Escape');
  await page.waitForSelector('.ui-modal[hidden]', { state: 'attached' });

  // Pause: the card shows, the game hears nothing, P resumes.
  await page.keyboard.press('p');
  await waitForCard(page, 'paused');
  expect(await page.evaluate(() => document.getElementById('app')!.inert)).toBe(true);
  expect(await steps(page)).toContain('Paused');
  await screenshot(page, 'room-paused');
  await page.keyboard.press('Enter');
  await page.keyboard.press('ArrowRight');
  expect(await screenOf(page)).toEqual({ screen: 'week', week: 1 });
  await page.keyboard.press('p');
  await waitForCard(page, 'none');
  expect(await page.evaluate(() => document.getElementById('app')!.inert)).toBe(false);

  // Advance ends the week; its consequences stay hidden until revealed.
  await page.keyboard.press('ArrowRight');
  await waitForScreen(page, 'results', 1);
  await waitForCard(page, 'hidden');
  expect(await page.textContent('#room-card')).toContain('Week 1 is played');
  expect(await page.textContent('#room-bar [aria-current="step"]')).toBe('▶ Consequences');
  await screenshot(page, 'room-hidden');
  // The game under the card hears nothing: a number key picks no choice.
  await page.keyboard.press('1');
  expect(await card(page)).toBe('hidden');
  expect(await screenOf(page)).toEqual({ screen: 'results', week: 1 });
  await page.keyboard.press('r');
  // The tutorial marks a prompt after week 1's consequences, with a 90 s countdown.
  await waitForCard(page, 'prompt');
  expect(await page.textContent('#room-card .room-card-heading')).toContain('Hands up');
  expect(await clock(page)).toMatch(/^1:(30|29|28) left$/);
  await page.waitForFunction(() =>
    /^1:2[0-8] left$/.test(document.querySelector('#room-card .room-clock')?.textContent ?? ''),
  );
  await screenshot(page, 'room-prompt');
  // Paused, the countdown stands still.
  await page.keyboard.press('p');
  await waitForCard(page, 'paused');
  await page.keyboard.press('p');
  await waitForCard(page, 'prompt');
  const held = await clock(page);
  await page.keyboard.press('p');
  await page.waitForTimeout(2200);
  await page.keyboard.press('p');
  await waitForCard(page, 'prompt');
  const after = await clock(page);
  const seconds = (text: string | null) => {
    const [m, s] = (text ?? '').replace(' left', '').split(':');
    return Number(m) * 60 + Number(s);
  };
  expect(seconds(held) - seconds(after)).toBeLessThanOrEqual(1);
  // Enter closes the prompt: the week's results are there to see, and advance goes on.
  await page.keyboard.press('Enter');
  await waitForCard(page, 'none');
  expect(await screenOf(page)).toEqual({ screen: 'results', week: 1 });
  await screenshot(page, 'room-results');
  await page.keyboard.press('ArrowRight');
  await waitForScreen(page, 'week', 2);
  expect(
    Number(await page.getAttribute('#room-bar .room-steps', 'data-step')),
  ).toBeGreaterThanOrEqual(5);
  // D opens a discussion at any beat.
  await page.keyboard.press('d');
  await waitForCard(page, 'prompt');
  await page.keyboard.press('ArrowRight');
  await waitForCard(page, 'none');
  expect(errors).toEqual([]);
});

/** The letters of the vote's options that can be taken now. */
const openLetters = (page: Page) =>
  page.$$eval('#room-vote li.room-vote-option:not([data-unavailable])', (rows) =>
    rows.map((row) => (row as HTMLElement).dataset.letter ?? ''),
  );

const savedVotes = (page: Page) =>
  page.evaluate(
    () =>
      (JSON.parse(localStorage.getItem('coach-or-rescue.save') ?? '{}').votes ?? []) as {
        tally: number[];
        chosen: number;
        overridden: boolean;
        options: { action: string }[];
      }[],
  );

test('the room votes at a decision: letters count, a bar chart shows it, the majority or an override is taken and logged', async () => {
  const { page, errors } = browser();
  await page.goto(`${gameUrl(inject('baseUrl'))}&facilitate`);
  await waitForScreen(page, 'title');
  await page.click('button[data-scenario="tutorial"]');
  await waitForScreen(page, 'week', 1);
  // The first inbox item has focus; Enter opens it, and the vote opens over it.
  await page.keyboard.press('Enter');
  await waitForScreen(page, 'decision', 1);
  await page.waitForSelector('#room-vote');
  const letters = await openLetters(page);
  expect(letters.length).toBeGreaterThanOrEqual(2);
  // The options on the decision screen carry the same letters the room votes by.
  const onOptions = await page.$$eval('.ui-screen button[data-letter]', (buttons) =>
    buttons.map((button) => (button as HTMLElement).dataset.letter),
  );
  expect(onOptions.slice(0, 3)).toEqual(['A', 'B', 'C'].slice(0, Math.min(3, onOptions.length)));
  for (const letter of letters) expect(onOptions).toContain(letter);
  const [first, second] = letters as [string, string];
  const index = (letter: string) => 'ABCDEFGHI'.indexOf(letter);
  await page.keyboard.press(first.toLowerCase());
  for (let i = 0; i < 3; i += 1) await page.keyboard.press(second.toLowerCase());
  await page.keyboard.press(`Shift+${second}`);
  const tally = (await page.getAttribute('#room-vote', 'data-tally'))!.split(',').map(Number);
  expect(tally[index(first)]).toBe(1);
  expect(tally[index(second)]).toBe(2);
  expect(await page.textContent(`#room-vote li[data-letter="${second}"] .room-vote-count`)).toBe(
    '2 votes',
  );
  // The bars: the leader's full, the other's half.
  const widths = await page.$$eval('#room-vote .room-vote-fill', (fills) =>
    fills.map((fill) => (fill as HTMLElement).style.width),
  );
  expect(widths[index(second)]).toBe('100%');
  expect(widths[index(first)]).toBe('50%');
  await screenshot(page, 'room-vote');
  await page.keyboard.press('Enter');
  await expect.poll(async () => (await savedVotes(page)).length).toBe(1);
  const [vote] = await savedVotes(page);
  expect(vote).toMatchObject({ chosen: index(second), overridden: false });
  expect(vote!.tally).toEqual(tally);

  // The next decision (the same one's next step, or another from the board) opens its own vote;
  // a step with nothing to choose (what the choice did) is gone past with advance.
  for (let step = 0; step < 5; step += 1) {
    await page.waitForFunction(
      () =>
        document.getElementById('app')!.dataset.screen === 'week' ||
        document.querySelector('#room-vote[data-tally]') ||
        (document.getElementById('app')!.dataset.screen === 'decision' &&
          document.querySelector('#ui-layer .ui-screen button') &&
          !document.querySelector('#ui-layer .ui-screen button[data-shortcut]')),
    );
    if ((await page.$('#room-vote')) || (await screenOf(page)).screen === 'week') break;
    await page.keyboard.press('ArrowRight');
    await page.waitForTimeout(100);
  }
  if ((await screenOf(page)).screen === 'week') {
    await page.waitForSelector('.ui-screen button[data-kind]');
    await page.click('.ui-screen button[data-kind]');
    await waitForScreen(page, 'decision', 1);
    await page.waitForSelector('#room-vote');
  }
  const next = (await openLetters(page)) as [string, string];
  await page.keyboard.press(next[0].toLowerCase());
  await page.keyboard.press(next[1].toLowerCase());
  await page.keyboard.press('Enter');
  expect(await page.textContent('#room-vote .room-vote-status')).toContain('A tie between');
  await page.keyboard.press(String(index(next[1]) + 1));
  await expect.poll(async () => (await savedVotes(page)).length).toBe(2);
  const votes = await savedVotes(page);
  expect(votes).toHaveLength(2);
  expect(votes[1]).toMatchObject({
    chosen: index(next[1]),
    overridden: true,
    tally: expect.any(Array),
  });

  // How the room voted, for the debrief: the presenter view and the summary say it.
  const presenter = await page.context().newPage();
  await presenter.goto(`${inject('baseUrl')}?presenter`);
  await presenter.waitForSelector('.presenter-votes');
  expect(await presenter.textContent('.presenter-votes')).toMatch(
    /^The room chose [a-z ]+ [12] of 2 (time|times).*\(2 votes\)\. The facilitator overrode the majority once\.$/,
  );
  await presenter.close();
  expect(errors).toEqual([]);
});
