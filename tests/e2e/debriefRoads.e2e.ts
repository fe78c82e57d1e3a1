/**
 * Rewind and fork for the room, on the debrief: a tutorial first played
 * hands-off, then rewound to week 2 and played on by a rescuer, shows both
 * roads on its charts and in their table, each named, and how the room
 * voted on its rescues.
 */
import { expect, inject, test } from 'vitest';
import { playOn } from '../../src/sim/playWithPolicy';
import { policies } from '../../src/sim/policies';
import {
  decisionsOf,
  replay,
  rewoundTo,
  type Session,
  withDecision,
  withVote,
} from '../../src/sim/session';
import { screenshot, useFreshBrowser } from './support/browser';
import { finishIntoDebrief, saveOfDecisions, shippedScenario } from './support/game';

const browser = useFreshBrowser({ viewport: { width: 1920, height: 1080 } });
const seed = 11;

/** First play: eight weeks with no choices; then from week 2 again, rescuing, to week 8's board. */
function forkedSession(): string {
  const setup = shippedScenario('tutorial').setup;
  let session = JSON.parse(
    saveOfDecisions(
      'tutorial',
      [1, 2, 3, 4, 5, 6, 7].map((week) => ({ type: 'week.advance', week }) as const),
      seed,
    ),
  ) as Session;
  session = rewoundTo(session, 2);
  const atTwo = replay(setup, seed, decisionsOf(session));
  if (!atTwo.ok) throw new Error(atTwo.message);
  for (const decision of playOn(atTwo.state, policies['rescue-late'], undefined, 7).decisions) {
    // The room voted on each rescue (hands for each option), and took the majority.
    if (decision.type === 'deal.rescue')
      session = withVote(session, {
        week: decision.week,
        dealId: decision.dealId,
        options: [
          { action: 'coach', label: 'Coach them through it' },
          { action: 'rescue', label: 'Take it over' },
        ],
        tally: [3, 5],
        chosen: 1,
        overridden: false,
      });
    session = withDecision(session, decision);
  }
  return JSON.stringify(session);
}

test('after a rewind the debrief draws the other road the room played beside this one, and says how the room voted', async () => {
  const { page, errors } = browser();
  await finishIntoDebrief(page, inject('baseUrl'), forkedSession(), 8);
  const table = await page.$eval('[data-debrief-section="roads"] table', (element) => ({
    caption: element.querySelector('caption')?.textContent ?? '',
    head: [...element.querySelectorAll('thead th')].map((cell) => cell.textContent ?? ''),
    rows: element.querySelectorAll('tbody tr').length,
  }));
  expect(table.caption).toContain('the other roads the room played');
  expect(table.head).toContain('Team capability: first play');
  expect(table.head).toContain('Team capability: coach early');
  expect(table.rows).toBe(8);
  await screenshot(page, 'debrief-roads-played');
  // The debrief says how the room voted, in its words.
  const words = await page.textContent('.ui-screen .ui-description');
  expect(words).toMatch(/How the room voted: The room chose rescue \d+ of \d+ times/);
  expect(errors).toEqual([]);
});
