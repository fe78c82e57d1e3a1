import { describe, expect, test } from 'vitest';
import { longRunScore, scoreParts, scoreWeights } from '../../src/sim/longRunScore';
import { playWithPolicy } from '../../src/sim/playWithPolicy';
import { policies } from '../../src/sim/policies';
import { seasonLedger } from '../../src/sim/seasonLedger';
import type { Deal, SeasonState } from '../../src/sim/state';
import { makeSeason } from '../support/seasons';
import { makeSetup } from '../support/setups';

const won = (fields: Partial<Deal>): Deal => ({
  id: 'd',
  customer: 'Testco',
  repId: 'ana',
  value: 100_000,
  status: 'won',
  weeksInStage: 0,
  stageWeeks: 2,
  quality: 0.5,
  weakIdea: 'champion',
  signals: [],
  coachedIn: [],
  discount: 0,
  freeServiceHours: 0,
  createdWeek: 1,
  closedWeek: 3,
  helpRequests: 0,
  ...fields,
});

describe('the ledger: won, but at what cost', () => {
  test('each win with what was given away, and the share that came through rescues', () => {
    const state: SeasonState = {
      ...makeSeason(),
      deals: [
        won({ id: 'own', closedWeek: 5 }),
        won({
          id: 'discounted',
          discount: 20_000,
          rescue: { week: 2, concession: 'discount', odds: 0.3, decideByWeek: 3 },
        }),
        won({
          id: 'serviced',
          value: 50_000,
          freeServiceHours: 100,
          closedWeek: 4,
          rescue: { week: 3, concession: 'free-services', odds: 0.3, decideByWeek: 4 },
        }),
        won({ id: 'lost', status: 'lost' }),
      ],
    };
    const ledger = seasonLedger(state);
    const cost = state.tuning.rescue.freeServiceCost;
    expect(ledger.wins.map((win) => win.dealId)).toEqual(['discounted', 'serviced', 'own']);
    expect(ledger.bookings).toBe(80_000 + 50_000 + 100_000);
    expect(ledger.throughRescues).toBe(130_000);
    expect(ledger.rescueShare).toBeCloseTo(130 / 230);
    expect(ledger.discountGiven).toBe(20_000);
    expect(ledger.freeServiceHours).toBe(100);
    expect(ledger.freeServiceCost).toBe(100 * cost);
    expect(ledger.marginGiven).toBe(20_000 + 100 * cost);
    expect(ledger.wins[2]!.concession).toBeUndefined();
  });

  test('over a whole season it agrees with the model’s own ledger and week records', () => {
    const { state } = playWithPolicy(makeSetup(), 12, policies['rescue-late']);
    const ledger = seasonLedger(state);
    expect(ledger.bookings).toBeCloseTo(state.ledger.bookings);
    expect(ledger.discountGiven).toBeCloseTo(state.ledger.discountGiven);
    expect(ledger.marginGiven).toBeCloseTo(state.history.at(-1)!.marginGiven);
    expect(ledger.throughRescues).toBeGreaterThan(0);
  });
});

describe('the long-run score', () => {
  test('weighs the end state three to one over bookings, and adds up to its parts', () => {
    const weights = scoreParts.map((part) => scoreWeights[part]);
    expect(weights.reduce((a, b) => a + b, 0)).toBeCloseTo(1);
    expect(scoreWeights.bookings).toBeCloseTo(0.25);
    const { state } = playWithPolicy(makeSetup(), 12, policies.balanced);
    const score = longRunScore(state);
    const sum = scoreParts.reduce(
      (total, part) => total + scoreWeights[part] * score.parts[part],
      0,
    );
    expect(score.score).toBe(Math.round(sum * 100));
    for (const part of scoreParts) {
      expect(score.parts[part]).toBeGreaterThanOrEqual(0);
      expect(score.parts[part]).toBeLessThanOrEqual(1);
    }
  });

  test('coaching early leaves a better season behind than rescuing late, on the same seed', () => {
    for (const seed of [1, 2, 3]) {
      const coach = longRunScore(playWithPolicy(makeSetup(), seed, policies['coach-early']).state);
      const rescue = longRunScore(playWithPolicy(makeSetup(), seed, policies['rescue-late']).state);
      expect(coach.score, `seed ${seed}`).toBeGreaterThan(rescue.score);
    }
  });
});
