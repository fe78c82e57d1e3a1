import { describe, expect, test } from 'vitest';
import { coach } from '../../src/sim/coaching';
import { hoursLeft } from '../../src/sim/hours';
import { reviewLoss } from '../../src/sim/lossReview';
import { winOdds } from '../../src/sim/odds';
import { rescue } from '../../src/sim/rescue';
import type { MoveResult } from '../../src/sim/result';
import type { SeasonState } from '../../src/sim/state';
import { stayOut } from '../../src/sim/stayOut';
import type { DealStage } from '../../src/sim/vocabulary';
import { advanceWeek } from '../../src/sim/week';
import { dealOf, makeSeason, repOf, seasonWithDeal, withNoHoursLeft } from '../support/seasons';

function accepted(result: MoveResult): SeasonState {
  if (!result.ok) throw new Error(`rejected: ${result.message}`);
  return result.state;
}

describe('coach', () => {
  test.each<[DealStage, boolean]>([
    ['qualify', true],
    ['discover', true],
    ['propose', true],
    ['negotiate', false],
    ['decide', false],
  ])('in %s is allowed: %s', (stage, allowed) => {
    const { state, deal } = seasonWithDeal(stage);
    const result = coach(state, { dealId: deal.id, style: 'ask' });
    expect(result.ok).toBe(allowed);
    if (!result.ok) expect(result.code).toBe('too-late-to-coach');
  });

  test('lifts the deal more the earlier it happens', () => {
    const lift = (stage: DealStage) => {
      const { state, deal } = seasonWithDeal(stage);
      return (
        dealOf(accepted(coach(state, { dealId: deal.id, style: 'ask' })), deal.id).quality -
        deal.quality
      );
    };
    expect(lift('qualify')).toBeGreaterThan(lift('discover'));
    expect(lift('discover')).toBeGreaterThan(lift('propose'));
    expect(lift('propose')).toBeGreaterThan(0);
  });

  test('asking builds more capability and ownership than telling', () => {
    const { state, deal } = seasonWithDeal('qualify');
    const asked = accepted(coach(state, { dealId: deal.id, style: 'ask' }));
    const told = accepted(coach(state, { dealId: deal.id, style: 'tell' }));
    const before = repOf(state, 'ana');
    expect(repOf(asked, 'ana').capability - before.capability).toBeGreaterThan(
      repOf(told, 'ana').capability - before.capability,
    );
    expect(repOf(asked, 'ana').ownership).toBeGreaterThan(repOf(told, 'ana').ownership);
    // Telling still fixes this deal.
    expect(dealOf(told, deal.id).quality).toBeGreaterThan(deal.quality);
  });

  test('spends the coaching hours and logs the decision with its effects', () => {
    const { state, deal } = seasonWithDeal('discover');
    const next = accepted(coach(state, { dealId: deal.id, style: 'ask' }));
    expect(hoursLeft(state) - hoursLeft(next)).toBeCloseTo(state.tuning.hours.coach);
    const entries = next.log.slice(state.log.length);
    expect(entries[0]).toMatchObject({ kind: 'coached', subject: deal.id, cause: 'd1' });
    expect(
      entries.some((e) => e.subject === 'ana' && e.stock === 'capability' && (e.delta ?? 0) > 0),
    ).toBe(true);
    expect(entries.every((e) => e.cause === 'd1')).toBe(true);
  });

  test('an authored conversation adds its effects on top', () => {
    const { state, deal } = seasonWithDeal('qualify');
    const plain = accepted(coach(state, { dealId: deal.id, style: 'ask' }));
    const rich = accepted(
      coach(state, {
        dealId: deal.id,
        style: 'ask',
        conversation: {
          dealQuality: 0.05,
          capability: 0.02,
          ownership: 0.01,
          morale: 0,
          ideas: ['champion'],
        },
      }),
    );
    expect(dealOf(rich, deal.id).quality).toBeCloseTo(dealOf(plain, deal.id).quality + 0.05);
    expect(repOf(rich, 'ana').capability).toBeCloseTo(repOf(plain, 'ana').capability + 0.02);
  });

  test.each<[string, (s: SeasonState) => SeasonState, string]>([
    [
      'twice in one stage',
      (s) => accepted(coach(s, { dealId: 'deal-test', style: 'ask' })),
      'already-coached-this-stage',
    ],
    ['without the hours', withNoHoursLeft, 'not-enough-hours'],
    ['after the season', (s) => ({ ...s, ended: true }), 'season-ended'],
  ])('is rejected %s', (_name, prepare, code) => {
    const { state, deal } = seasonWithDeal('qualify');
    const result = coach(prepare(state), { dealId: deal.id, style: 'ask' });
    expect(result).toMatchObject({ ok: false, code });
  });

  test('is rejected for an unknown deal', () => {
    expect(coach(makeSeason(), { dealId: 'nope', style: 'ask' })).toMatchObject({
      ok: false,
      code: 'unknown-deal',
    });
  });
});

describe('rescue', () => {
  test.each<[DealStage, boolean]>([
    ['qualify', false],
    ['propose', false],
    ['negotiate', true],
    ['decide', true],
  ])('in %s is allowed: %s', (stage, allowed) => {
    const { state, deal } = seasonWithDeal(stage);
    const result = rescue(state, { dealId: deal.id, concession: 'discount' });
    expect(result.ok).toBe(allowed);
    if (!result.ok) expect(result.code).toBe('too-early-to-rescue');
  });

  test('costs the rep ownership and morale, touches the team, and teaches nothing', () => {
    const { state, deal } = seasonWithDeal('negotiate');
    const next = accepted(rescue(state, { dealId: deal.id, concession: 'discount' }));
    const before = repOf(state, 'ana');
    const after = repOf(next, 'ana');
    expect(after.ownership).toBeLessThan(before.ownership);
    expect(after.morale).toBeLessThan(before.morale);
    expect(after.capability).toBe(before.capability);
    for (const other of next.reps.filter((r) => r.id !== 'ana')) {
      expect(other.ownership).toBeLessThan(repOf(state, other.id).ownership);
    }
  });

  test('pushes the customer to decide now, with odds under the cap', () => {
    const { state, deal } = seasonWithDeal('negotiate', { quality: 0.9 });
    const next = accepted(rescue(state, { dealId: deal.id, concession: 'discount' }));
    const rescued = dealOf(next, deal.id);
    expect(rescued.status).toBe('decide');
    expect(rescued.rescue?.decideByWeek).toBe(state.week + state.tuning.rescue.decideWithinWeeks);
    // Pushed to decide now, even a strong deal is held to the rescue's cap.
    expect(rescued.rescue!.odds).toBeCloseTo(state.tuning.rescue.oddsCap);
  });

  test('with nothing given away keeps only a share of a weak deal’s odds', () => {
    const { state, deal } = seasonWithDeal('decide', { quality: 0.2 });
    const next = accepted(rescue(state, { dealId: deal.id, concession: 'none' }));
    const own = winOdds(0.2, state.tuning);
    expect(dealOf(next, deal.id).rescue!.odds).toBeCloseTo(own * state.tuning.rescue.bareOddsShare);
    expect(dealOf(next, deal.id).rescue!.odds).toBeLessThan(own);
  });

  test.each(['discount', 'free-services'] as const)(
    'with %s lifts a weak deal a little and never past the cap',
    (concession) => {
      for (const quality of [0.2, 0.5, 0.9]) {
        const { state, deal } = seasonWithDeal('decide', { quality });
        const next = accepted(rescue(state, { dealId: deal.id, concession }));
        const own = winOdds(quality, state.tuning);
        expect(dealOf(next, deal.id).rescue!.odds).toBeCloseTo(
          Math.min(state.tuning.rescue.oddsCap, own + state.tuning.rescue.lift[concession]),
        );
      }
    },
  );

  test('answers a request for help on the deal: its hours leave the week', () => {
    const { state, deal } = seasonWithDeal('decide', {
      helpRequests: 1,
      help: { cause: 'obstacle', cue: 'obstacle' },
    });
    const asked = { ...state, manager: { ...state.manager, helpRequests: 1 } };
    const next = accepted(rescue(asked, { dealId: deal.id, concession: 'discount' }));
    expect(next.manager.helpRequests).toBe(0);
    expect(dealOf(next, deal.id).helpRequests).toBe(0);
    expect(hoursLeft(asked) - hoursLeft(next)).toBeCloseTo(
      state.tuning.hours.rescue - state.tuning.hours.helpRequest,
    );
  });

  test('won with free services, costs money in margin given and the team’s hours the week after', () => {
    const { state, deal } = seasonWithDeal('decide', { quality: 0.9 });
    // A sure win, to see what it costs.
    const sure = {
      ...state,
      tuning: {
        ...state.tuning,
        rescue: { ...state.tuning.rescue, oddsCap: 1, lift: { discount: 1, 'free-services': 1 } },
      },
    };
    const rescued = accepted(rescue(sure, { dealId: deal.id, concession: 'free-services' }));
    const hours = dealOf(rescued, deal.id).freeServiceHours;
    expect(hours).toBeGreaterThan(0);
    const week2 = accepted(advanceWeek(rescued));
    const week3 = accepted(advanceWeek(week2));
    expect(dealOf(week3, deal.id).status).toBe('won');
    const record = week3.history.at(-1)!;
    expect(record.marginGiven).toBeCloseTo(hours * state.tuning.rescue.freeServiceCost);
    expect(week3.manager.followUpHours).toBe(state.tuning.rescue.freeServiceFollowUp);
  });

  test('costs the rescue hours now and follow-up hours next week', () => {
    const { state, deal } = seasonWithDeal('decide');
    const next = accepted(rescue(state, { dealId: deal.id, concession: 'none' }));
    expect(hoursLeft(state) - hoursLeft(next)).toBeCloseTo(state.tuning.hours.rescue);
    const week2 = accepted(advanceWeek(next));
    expect(week2.manager.followUpHours).toBe(state.tuning.hours.rescueFollowUp);
  });

  test('is rejected twice on one deal, and without the hours', () => {
    const { state, deal } = seasonWithDeal('decide');
    const once = accepted(rescue(state, { dealId: deal.id, concession: 'none' }));
    expect(rescue(once, { dealId: deal.id, concession: 'none' })).toMatchObject({
      ok: false,
      code: 'already-rescued',
    });
    expect(rescue(withNoHoursLeft(state), { dealId: deal.id, concession: 'none' })).toMatchObject({
      ok: false,
      code: 'not-enough-hours',
    });
  });
});

describe('review a loss', () => {
  function seasonWithLesson() {
    const { state, deal } = seasonWithDeal('decide', { status: 'lost' });
    const reps = state.reps.map((rep) =>
      rep.id === 'ana' ? { ...rep, lessons: [{ dealId: deal.id, weeksLeft: 2 }] } : rep,
    );
    return { state: { ...state, reps }, deal };
  }

  test('builds capability and ownership and uses up the lesson', () => {
    const { state, deal } = seasonWithLesson();
    const next = accepted(reviewLoss(state, deal.id));
    expect(repOf(next, 'ana').capability).toBeGreaterThan(repOf(state, 'ana').capability);
    expect(repOf(next, 'ana').ownership).toBeGreaterThan(repOf(state, 'ana').ownership);
    expect(repOf(next, 'ana').lessons).toEqual([]);
    expect(reviewLoss(next, deal.id)).toMatchObject({ ok: false, code: 'no-lesson-to-review' });
  });

  test('is rejected without a fresh loss, and without the hours', () => {
    const { state, deal } = seasonWithDeal('decide');
    expect(reviewLoss(state, deal.id)).toMatchObject({ ok: false, code: 'no-lesson-to-review' });
    const withLesson = seasonWithLesson();
    expect(reviewLoss(withNoHoursLeft(withLesson.state), withLesson.deal.id)).toMatchObject({
      ok: false,
      code: 'not-enough-hours',
    });
  });

  test('lessons fade within two weeks when nobody reviews them', () => {
    let { state } = seasonWithLesson();
    state = accepted(advanceWeek(state));
    expect(repOf(state, 'ana').lessons.some((l) => l.dealId === 'deal-test')).toBe(true);
    state = accepted(advanceWeek(state));
    expect(repOf(state, 'ana').lessons.some((l) => l.dealId === 'deal-test')).toBe(false);
  });
});

describe('stay out', () => {
  test('costs no hours when the rep did not ask, and takes the deal off this week’s list', () => {
    const { state, deal } = seasonWithDeal('negotiate');
    const next = accepted(stayOut(state, deal.id));
    expect(hoursLeft(next)).toBe(hoursLeft(state));
    expect(repOf(next, 'ana')).toEqual(repOf(state, 'ana'));
    expect(dealOf(next, deal.id).stayedOutWeek).toBe(state.week);
  });

  test('is rejected on a decided deal', () => {
    const { state, deal } = seasonWithDeal('decide', { status: 'won' });
    expect(stayOut(state, deal.id)).toMatchObject({ ok: false, code: 'deal-closed' });
  });
});

describe('advance the week', () => {
  test('moves to the next week, records it, and resets the hours', () => {
    const { state, deal } = seasonWithDeal('qualify');
    const coached = accepted(coach(state, { dealId: deal.id, style: 'ask' }));
    const next = accepted(advanceWeek(coached));
    expect(next.week).toBe(2);
    expect(next.history).toHaveLength(1);
    expect(next.history[0]!.coachingHours).toBe(state.tuning.hours.coach);
    expect(next.manager.committedHours).toBe(0);
    expect(next.pastLog).toHaveLength(1);
  });

  test('ends the season after its last week and then refuses to go on', () => {
    let state = makeSeason();
    for (let week = 1; week <= state.weeks; week += 1) state = accepted(advanceWeek(state));
    expect(state.ended).toBe(true);
    expect(state.history).toHaveLength(state.weeks);
    expect(advanceWeek(state)).toMatchObject({ ok: false, code: 'season-ended' });
  });

  test('never changes the state it was given', () => {
    const state = makeSeason();
    const copy = JSON.stringify(state);
    accepted(advanceWeek(state));
    expect(JSON.stringify(state)).toBe(copy);
  });
});

describe('a story conversation', () => {
  const conversation = {
    dealQuality: 0.05,
    capability: 0.02,
    ownership: 0.01,
    morale: 0.01,
    ideas: ['champion' as const],
  };

  test('counts once: coaching the deal again later is a plain session', () => {
    const { state, deal } = seasonWithDeal('qualify', { storyId: 'story' });
    const first = accepted(coach(state, { dealId: deal.id, style: 'ask', conversation }));
    expect(dealOf(first, deal.id).conversationHeld).toBe(true);
    const moved = {
      ...first,
      deals: first.deals.map((d) => (d.id === deal.id ? { ...d, status: 'discover' as const } : d)),
    };
    const again = accepted(coach(moved, { dealId: deal.id, style: 'ask', conversation }));
    const plain = accepted(coach(moved, { dealId: deal.id, style: 'ask' }));
    expect(dealOf(again, deal.id).quality).toBeCloseTo(dealOf(plain, deal.id).quality);
    expect(repOf(again, 'ana').capability).toBeCloseTo(repOf(plain, 'ana').capability);
  });
});

describe('letting a loss go', () => {
  test('drops its lesson', () => {
    const { state, deal } = seasonWithDeal('decide', { status: 'lost' });
    const reps = state.reps.map((rep) =>
      rep.id === 'ana' ? { ...rep, lessons: [{ dealId: deal.id, weeksLeft: 2 }] } : rep,
    );
    const next = accepted(stayOut({ ...state, reps }, deal.id));
    expect(repOf(next, 'ana').lessons).toEqual([]);
    expect(reviewLoss(next, deal.id)).toMatchObject({ ok: false, code: 'no-lesson-to-review' });
  });
});
