/**
 * Whatever legal choices a player makes, on whatever seed, the model stays
 * sound: every stock in range and never NaN, the hours add up, and the
 * season ends.
 */
import fc from 'fast-check';
import { describe, expect, test } from 'vitest';
import { hasOpenRequest } from '../../src/sim/coaching';
import { applyDecision, type Decision } from '../../src/sim/decisions';
import { hoursLeft, hoursSpokenFor } from '../../src/sim/hours';
import type { SeasonState } from '../../src/sim/state';
import { advanceWeek } from '../../src/sim/week';
import { legalDecisions } from '../support/legalDecisions';
import { makeSeason } from '../support/seasons';

const inRange = (value: number) => Number.isFinite(value) && value >= 0 && value <= 1;

function checkSound(state: SeasonState): void {
  for (const rep of state.reps) {
    for (const stock of ['capability', 'ownership', 'morale'] as const) {
      expect(inRange(rep[stock]), `${rep.id}.${stock} = ${rep[stock]}`).toBe(true);
    }
  }
  expect(inRange(state.manager.energy)).toBe(true);
  for (const deal of state.deals) expect(inRange(deal.quality), `${deal.id}.quality`).toBe(true);
  expect(Number.isFinite(state.ledger.bookings) && state.ledger.bookings >= 0).toBe(true);
  expect(state.manager.backlogHours).toBeGreaterThanOrEqual(0);
  expect(hoursLeft(state)).toBeGreaterThanOrEqual(0);
}

/**
 * What a decision does to this week's hours: committed to choices, and spoken
 * for (help requests). Answering a request (coaching it, rescuing the deal,
 * handing it back) takes its hours off the week.
 */
function hoursOf(decision: Decision, state: SeasonState): { committed: number; spokenFor: number } {
  const { hours } = state.tuning;
  if (decision.type === 'week.advance') throw new Error('not a choice');
  if (decision.type === 'loss.review') return { committed: hours.review, spokenFor: 0 };
  const deal = state.deals.find((d) => d.id === decision.dealId)!;
  const answered = hasOpenRequest(deal) ? deal.helpRequests : 0;
  const spokenFor = -answered * hours.helpRequest;
  switch (decision.type) {
    case 'deal.coach':
      return { committed: answered > 0 ? hours.coachRequest : hours.coach, spokenFor };
    case 'deal.rescue':
      return { committed: hours.rescue, spokenFor };
    case 'deal.stayOut':
      return { committed: answered > 0 ? hours.handBack : 0, spokenFor };
  }
}

/** Each week: how many decisions to try, and which legal one each time (as fractions of the list). */
const weekPlan = fc.array(fc.double({ min: 0, max: 1, maxExcluded: true, noNaN: true }), {
  maxLength: 8,
});

describe('any legal play', () => {
  test('keeps every stock in range, adds up the hours, and ends the season', () => {
    fc.assert(
      fc.property(
        fc.integer({ min: 1, max: 2 ** 31 - 1 }),
        fc.array(weekPlan, { minLength: 26, maxLength: 26 }),
        (seed, plan) => {
          let state = makeSeason(seed);
          checkSound(state);
          let bookings = 0;
          for (const picks of plan) {
            let spokenFor = hoursSpokenFor(state);
            let committed = 0;
            for (const pick of picks) {
              const options = legalDecisions(state);
              if (options.length === 0) break;
              const decision = options[Math.floor(pick * options.length)]!;
              const result = applyDecision(state, decision);
              expect(result.ok, result.ok ? '' : result.message).toBe(true);
              if (!result.ok) return;
              const spent = hoursOf(decision, state);
              committed += spent.committed;
              spokenFor += spent.spokenFor;
              state = result.state;
              checkSound(state);
            }
            expect(state.manager.committedHours).toBeCloseTo(committed);
            expect(hoursSpokenFor(state)).toBeCloseTo(spokenFor);
            const result = advanceWeek(state);
            expect(result.ok).toBe(true);
            if (!result.ok) return;
            state = result.state;
            checkSound(state);
            const record = state.history[state.history.length - 1]!;
            expect(record.hoursWorked).toBeLessThanOrEqual(record.hoursDemanded + 1e-9);
            expect(record.hoursWorked).toBeLessThanOrEqual(
              state.tuning.manager.hardCapHours + 1e-9,
            );
            expect(state.ledger.bookings).toBeGreaterThanOrEqual(bookings);
            bookings = state.ledger.bookings;
          }
          expect(state.ended).toBe(true);
          expect(state.history).toHaveLength(26);
        },
      ),
      { numRuns: 40 },
    );
  });

  test('a move the sim rejects leaves the state exactly as it was', () => {
    fc.assert(
      fc.property(
        fc.integer({ min: 1, max: 10_000 }),
        fc.constantFrom('deal.coach', 'deal.rescue', 'loss.review', 'deal.stayOut'),
        (seed, type) => {
          const state = makeSeason(seed);
          const before = JSON.stringify(state);
          const decision = {
            type,
            week: 1,
            dealId: 'no-such-deal',
            style: 'ask',
            concession: 'none',
          } as Decision;
          const result = applyDecision(state, decision);
          expect(result.ok).toBe(false);
          expect(JSON.stringify(state)).toBe(before);
        },
      ),
      { numRuns: 20 },
    );
  });
});
