/** The week's inbox (one count for the board and the runner) and the pressure of quota at quarter end. */
import { describe, expect, test } from 'vitest';
import { isLate } from '../../src/sim/deals';
import { coachWindowsShown, inboxEntries, inboxKinds, inboxSize } from '../../src/sim/inbox';
import { quotaPressure } from '../../src/sim/quota';
import { boardView } from '../../src/sim/selectors';
import { Step } from '../../src/sim/step';
import { openWeek } from '../../src/sim/week';
import { makeSeason, weeksPlayed } from '../support/seasons';

describe('the inbox', () => {
  test('the board shows exactly the items the runner counts, grouped by kind, with a few coaching windows at most', () => {
    let windowsSeen = 0;
    for (let seed = 1; seed <= 20; seed += 1) {
      let state = makeSeason(seed);
      for (let week = 1; week <= 8; week += 1) {
        const entries = inboxEntries(state);
        // The board groups them by kind (reviews, requests, going south, windows), each kind in the model's order.
        const grouped = inboxKinds.flatMap((kind) =>
          entries.filter((entry) => entry.kind === kind),
        );
        expect(boardView(state).inbox.map((item) => [item.kind, item.dealId])).toEqual(
          grouped.map((entry) => [entry.kind, entry.dealId]),
        );
        expect(state.opened.inbox).toBe(inboxSize(state));
        const windows = entries.filter((entry) => entry.kind === 'coach-window').length;
        expect(windows).toBeLessThanOrEqual(coachWindowsShown);
        windowsSeen += windows;
        state = weeksPlayed(state, 1);
      }
    }
    expect(windowsSeen).toBeGreaterThan(0);
  });
});

describe('quota pressure', () => {
  test('is nil early in the quarter and, in its last weeks, the share of quota still to book', () => {
    const state = makeSeason(3);
    expect(quotaPressure(state)).toBe(0);
    const late = weeksPlayed(state, 10);
    expect(late.week).toBe(11);
    const booked = late.ledger.bookings;
    expect(quotaPressure(late)).toBeCloseTo(Math.max(0, 1 - booked / late.quotaPerQuarter));
    expect(quotaPressure({ ...late, quotaPerQuarter: booked / 2 })).toBe(0);
  });

  test('makes reps plead for their late deals: more requests on them, and more admin from above', () => {
    const lateRequests = (quota: number) => {
      let count = 0;
      let admin = 0;
      for (let seed = 1; seed <= 200; seed += 1) {
        const state = { ...makeSeason(seed), week: 11, quotaPerQuarter: quota };
        const step = new Step(state, 'test');
        openWeek(step);
        admin += step.state.manager.extraAdminHours;
        count += step.state.deals
          .filter((deal) => isLate(deal))
          .reduce((sum, deal) => sum + deal.helpRequests, 0);
      }
      return { count, admin };
    };
    const pressed = lateRequests(900_000);
    const calm = lateRequests(0);
    expect(calm.count).toBeGreaterThan(50);
    expect(pressed.count).toBeGreaterThan(1.3 * calm.count);
    expect(pressed.admin).toBeGreaterThan(calm.admin);
  });
});
