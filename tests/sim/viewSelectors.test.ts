/**
 * The selectors the screens read: the decision screen's view, what a
 * decision did to the people, the reps' stocks before and after a week,
 * the quarter review and the season summary. Plain data, checked against
 * the model's own moves and week reports.
 */
import { describe, expect, test } from 'vitest';
import { coach } from '../../src/sim/coaching';
import { decisionEffects } from '../../src/sim/decisionEffects';
import { decisionView, oddsBand } from '../../src/sim/decisionView';
import { quarterReview } from '../../src/sim/quarterReview';
import { rescue } from '../../src/sim/rescue';
import type { MoveResult } from '../../src/sim/result';
import { seasonSummary } from '../../src/sim/seasonSummary';
import { boardView } from '../../src/sim/selectors';
import type { SeasonState } from '../../src/sim/state';
import { stayOut } from '../../src/sim/stayOut';
import { helpCueLines } from '../../src/sim/vocabulary';
import { weekReport } from '../../src/sim/weekReport';
import { weekStocks } from '../../src/sim/weekStocks';
import { makeSeason, seasonWithDeal, weeksPlayed } from '../support/seasons';

function accepted(result: MoveResult): SeasonState {
  if (!result.ok) throw new Error(`rejected: ${result.message}`);
  return result.state;
}

describe('oddsBand', () => {
  test.each([
    [0, 0, 0.1],
    [0.24, 0.2, 0.3],
    [0.3, 0.3, 0.4],
    [0.999, 0.9, 1],
  ])('%f shows as %f–%f', (odds, low, high) => {
    expect(oddsBand(odds)).toEqual({ low, high });
  });
});

describe('decisionView', () => {
  test('an early deal offers coaching, a barred rescue and staying out, with hours', () => {
    const { state, deal } = seasonWithDeal('discover');
    const view = decisionView(state, deal.id)!;
    expect(view.kind).toBe('deal');
    expect(view.options.map((o) => o.action)).toEqual(['coach', 'rescue', 'stay-out']);
    expect(view.options[0]).toMatchObject({ hours: state.tuning.hours.coach });
    expect(view.options[0]?.unavailable).toBeUndefined();
    expect(view.options[1]?.unavailable).toContain('nothing to rescue yet');
    expect(view.warnings.map((w) => w.idea)).toEqual(['champion', 'value']);
    expect(view.rep?.name).toBe('Ana');
  });

  test('a late deal offers a rescue with a band of odds for each concession', () => {
    const { state, deal } = seasonWithDeal('negotiate');
    const view = decisionView(state, deal.id)!;
    expect(view.options[0]?.unavailable).toContain('too late');
    const rescueView = view.rescue!;
    expect(rescueView.choices.map((c) => c.concession)).toEqual([
      'none',
      'discount',
      'free-services',
    ]);
    for (const choice of rescueView.choices) {
      expect(choice.odds.high - choice.odds.low).toBeCloseTo(0.1);
      expect(choice.odds.low).toBeLessThanOrEqual(state.tuning.rescue.oddsCap);
    }
    const discount = rescueView.choices[1]?.givesAway;
    expect(discount).toEqual({
      kind: 'money',
      low: deal.value * state.tuning.rescue.discountShare[0],
      high: deal.value * state.tuning.rescue.discountShare[1],
    });
    expect(rescueView.decideByWeek).toBe(state.week + state.tuning.rescue.decideWithinWeeks);
  });

  test('a lost deal with a lesson pending offers a review', () => {
    const { state, deal } = seasonWithDeal('decide', { status: 'lost' });
    const withLesson: SeasonState = {
      ...state,
      reps: state.reps.map((rep) =>
        rep.id === 'ana' ? { ...rep, lessons: [{ dealId: deal.id, weeksLeft: 2 }] } : rep,
      ),
    };
    const view = decisionView(withLesson, deal.id)!;
    expect(view.kind).toBe('loss');
    expect(view.options.map((o) => o.action)).toEqual(['review', 'stay-out']);
    expect(view.options[0]?.unavailable).toBeUndefined();
    expect(view.rescue).toBeUndefined();
  });

  test('an unknown deal has no view', () => {
    expect(decisionView(makeSeason(), 'nope')).toBeUndefined();
  });
});

describe('the inbox', () => {
  test('a deal the manager already decided on this week leaves it', () => {
    const { state, deal } = seasonWithDeal('qualify', { helpRequests: 1 });
    expect(boardView(state).inbox.some((item) => item.dealId === deal.id)).toBe(true);
    const coached = accepted(coach(state, { dealId: deal.id, style: 'ask' }));
    expect(boardView(coached).inbox.some((item) => item.dealId === deal.id)).toBe(false);
    const stayed = accepted(stayOut(state, deal.id));
    expect(boardView(stayed).inbox.some((item) => item.dealId === deal.id)).toBe(false);
  });
});

describe('a request for help on the decision screen', () => {
  test('shows what the rep says, what leaving it costs, and the three answers', () => {
    const { state, deal } = seasonWithDeal('negotiate', {
      helpRequests: 1,
      help: { cause: 'obstacle', cue: 'habit' },
    });
    const asked = { ...state, manager: { ...state.manager, helpRequests: 1 } };
    const view = decisionView(asked, deal.id)!;
    // The words point to the cue, never to the hidden cause.
    expect(view.request).toEqual({
      says: helpCueLines.habit,
      hoursIfLeft: state.tuning.hours.helpRequest,
    });
    expect(view.options.map((option) => [option.action, option.answer, option.hours])).toEqual([
      ['coach', 'coach', state.tuning.hours.coachRequest],
      ['rescue', 'take-over', state.tuning.hours.rescue],
      ['stay-out', 'hand-back', 0],
    ]);
    expect(view.options[2]!.freesHours).toBeCloseTo(
      state.tuning.hours.helpRequest - state.tuning.hours.handBack,
    );
    const item = boardView(asked).inbox.find((entry) => entry.dealId === deal.id)!;
    expect(item.kind).toBe('help');
    expect(item.title).toContain(helpCueLines.habit);
  });

  test('on an early deal, taking it over means leaving the request: no rescue answers it', () => {
    const { state, deal } = seasonWithDeal('discover', {
      helpRequests: 1,
      help: { cause: 'habit', cue: 'habit' },
    });
    const asked = { ...state, manager: { ...state.manager, helpRequests: 1 } };
    const view = decisionView(asked, deal.id)!;
    expect(view.options.map((option) => [option.action, option.answer])).toEqual([
      ['coach', 'coach'],
      ['rescue', undefined],
      ['stay-out', 'hand-back'],
    ]);
    expect(view.options[1]!.unavailable).toBeDefined();
    expect(view.request?.hoursIfLeft).toBe(state.tuning.hours.helpRequest);
  });

  test('a deal nobody asked about offers no answers', () => {
    const { state, deal } = seasonWithDeal('negotiate');
    const view = decisionView(state, deal.id)!;
    expect(view.request).toBeUndefined();
    expect(view.options.every((option) => option.answer === undefined)).toBe(true);
  });

  test('free services say what they cost in money', () => {
    const { state, deal } = seasonWithDeal('decide');
    const services = decisionView(state, deal.id)!.rescue!.choices.find(
      (choice) => choice.concession === 'free-services',
    )!;
    const [low, high] = state.tuning.rescue.freeServiceHours;
    expect(services.givesAway).toEqual({
      kind: 'hours',
      low,
      high,
      costLow: low * state.tuning.rescue.freeServiceCost,
      costHigh: high * state.tuning.rescue.freeServiceCost,
    });
  });
});

describe('decisionEffects', () => {
  test('coaching moves the rep, and only the rep', () => {
    const { state, deal } = seasonWithDeal('qualify');
    const result = coach(state, { dealId: deal.id, style: 'ask' });
    if (!result.ok) throw new Error(result.message);
    const effects = decisionEffects(result.state, result.effects);
    expect(effects.map((e) => e.repId)).toEqual(['ana']);
    const stocks = effects[0]!.changes.map((c) => c.stock).sort();
    expect(stocks).toEqual(['capability', 'morale', 'ownership']);
    for (const change of effects[0]!.changes) expect(change.delta).toBeGreaterThan(0);
  });

  test('a rescue costs the rep and ripples through the team', () => {
    const { state, deal } = seasonWithDeal('decide');
    const result = rescue(state, { dealId: deal.id, concession: 'discount' });
    if (!result.ok) throw new Error(result.message);
    const effects = decisionEffects(result.state, result.effects);
    const ana = effects.find((e) => e.repId === 'ana')!;
    expect(ana.changes.find((c) => c.stock === 'ownership')!.delta).toBeLessThan(0);
    expect(effects.length).toBe(state.reps.length);
  });
});

describe('weekStocks', () => {
  test('before plus the week report’s changes is after, and after is today for the last week', () => {
    const { state, deal } = seasonWithDeal('qualify');
    const played = weeksPlayed(accepted(coach(state, { dealId: deal.id, style: 'ask' })), 1);
    const report = weekReport(played, 1)!;
    const stocks = weekStocks(played, 1);
    expect(stocks.length).toBe(played.reps.filter((r) => r.active).length);
    for (const rep of stocks) {
      const changes = report.reps.find((r) => r.repId === rep.repId)?.changes ?? [];
      for (const stock of ['capability', 'ownership', 'morale'] as const) {
        const delta = changes.find((c) => c.stock === stock)?.delta ?? 0;
        expect(rep.after[stock] - rep.before[stock]).toBeCloseTo(delta, 9);
      }
    }
  });

  test('an older week is worked back through the later log', () => {
    const played = weeksPlayed(makeSeason(3), 4);
    const second = weekStocks(played, 2);
    const third = weekStocks(played, 3);
    for (const rep of third) {
      const earlier = second.find((r) => r.repId === rep.repId);
      if (!earlier) continue;
      // What week 3 started from is what week 2 ended with, give or take the next week's opening events.
      expect(rep.before.capability).toBeCloseTo(earlier.after.capability, 6);
    }
  });
});

describe('quarterReview and seasonSummary', () => {
  test('a full quarter adds up against the ledger', () => {
    const played = weeksPlayed(makeSeason(5), 13);
    const review = quarterReview(played, 1)!;
    expect(review.firstWeek).toBe(1);
    expect(review.lastWeek).toBe(13);
    expect(review.bookings).toBe(played.ledger.bookings);
    expect(review.quota).toBe(played.quotaPerQuarter);
    expect(review.dealsWon).toBe(played.ledger.dealsWon);
    // The chart starts where week 1 opened, then a point a week.
    expect(review.stocks).toHaveLength(14);
    expect(review.stocks[0]).toEqual({ week: 0, ...played.opening });
    expect(review.stocks[0]!.energy).toBe(makeSeason(5).manager.energy);
    expect(review.margin).toBeGreaterThan(0);
    expect(review.margin).toBeLessThanOrEqual(1);
    expect(quarterReview(played, 2)).toBeUndefined();
  });

  test('the second quarter starts from the end of the first', () => {
    const played = weeksPlayed(makeSeason(5), 26);
    const first = quarterReview(played, 1)!;
    const second = quarterReview(played, 2)!;
    expect(first.bookings + second.bookings).toBe(played.ledger.bookings);
    expect(second.stocks[0]?.week).toBe(13);
    expect(second.stocks).toHaveLength(14);
  });

  test('the summary counts the choices taken', () => {
    const { state, deal } = seasonWithDeal('qualify');
    const coached = accepted(coach(state, { dealId: deal.id, style: 'tell' }));
    const played = weeksPlayed(coached, 2);
    const summary = seasonSummary(played);
    expect(summary.weeksPlayed).toBe(2);
    expect(summary.choices.coached).toBe(1);
    expect(summary.choices.told).toBe(1);
    expect(summary.quota).toBeCloseTo((played.quotaPerQuarter * 2) / 13);
    expect(summary.first).toBeDefined();
    expect(summary.last).toBeDefined();
  });

  test('every "from" is where week 1 opened: what the week 1 board showed, not the end of week 1', () => {
    const start = makeSeason(7);
    const board = boardView(start);
    const summary = seasonSummary(weeksPlayed(start, 3));
    expect(summary.first.energy).toBe(board.hours.energy);
    const mean = (values: number[]) => values.reduce((a, b) => a + b, 0) / values.length;
    expect(summary.first.capability).toBeCloseTo(mean(board.team.map((rep) => rep.capability)), 12);
    expect(summary.first.morale).toBeCloseTo(mean(board.team.map((rep) => rep.morale)), 12);
    expect(summary.stocks[0]).toEqual({ week: 0, ...summary.first });
    expect(summary.stocks).toHaveLength(4);
    // After week 1 the figures have moved: a start taken then would disagree with the board.
    expect(summary.stocks[1]!.energy).not.toBe(summary.first.energy);
  });
});
