/**
 * Requests for help have a cause, and each of the three answers (coach it,
 * take it over, hand it back) does something different to the deal and the
 * people, by cause: no answer is free or always right.
 */
import { describe, expect, test } from 'vitest';
import { coach } from '../../src/sim/coaching';
import { drawHelpRequests, takeOverUnanswered } from '../../src/sim/helpRequests';
import { hoursLeft } from '../../src/sim/hours';
import { moraleTarget, seenAbsent } from '../../src/sim/reps';
import type { MoveResult } from '../../src/sim/result';
import { createSeason } from '../../src/sim/season';
import type { Deal, SeasonState } from '../../src/sim/state';
import { stayOut, stayOutFreesHours } from '../../src/sim/stayOut';
import { Step } from '../../src/sim/step';
import type { DealStage, HelpCause } from '../../src/sim/vocabulary';
import { dealOf, repOf, seasonWithDeal } from '../support/seasons';
import { makeSetup } from '../support/setups';

function accepted(result: MoveResult): SeasonState {
  if (!result.ok) throw new Error(`rejected: ${result.message}`);
  return result.state;
}

/** A season where Ana asked once for help on deal-test, for this cause; her capability as given. */
function withRequest(
  cause: HelpCause,
  stage: DealStage = 'negotiate',
  capability = 0.4,
  fields: Partial<Deal> = {},
): { state: SeasonState; deal: Deal } {
  const { state, deal } = seasonWithDeal(stage, {
    helpRequests: 1,
    help: { cause, cue: cause },
    ...fields,
  });
  const reps = state.reps.map((rep) => (rep.id === 'ana' ? { ...rep, capability } : rep));
  const manager = { ...state.manager, helpRequests: state.manager.helpRequests + 1 };
  return { state: { ...state, reps, manager }, deal };
}

describe('coaching a request', () => {
  test('works in any stage, takes about an hour instead of the request’s hours, and answers it', () => {
    const { state, deal } = withRequest('obstacle', 'decide');
    const next = accepted(coach(state, { dealId: deal.id, style: 'ask' }));
    const { hours } = state.tuning;
    expect(hoursLeft(next) - hoursLeft(state)).toBeCloseTo(hours.helpRequest - hours.coachRequest);
    expect(dealOf(next, deal.id).helpRequests).toBe(0);
    expect(next.manager.helpRequests).toBe(state.manager.helpRequests - 1);
    // It is not the stage's coaching window: that stays open.
    expect(dealOf(next, deal.id).coachedIn).toEqual([]);
  });

  test('a real obstacle: the rep learns and the deal gains a little', () => {
    const { state, deal } = withRequest('obstacle');
    const next = accepted(coach(state, { dealId: deal.id, style: 'ask' }));
    expect(repOf(next, 'ana').capability).toBeGreaterThan(repOf(state, 'ana').capability);
    expect(dealOf(next, deal.id).quality).toBeGreaterThan(deal.quality);
    expect(repOf(next, 'ana').ownership).toBeGreaterThanOrEqual(repOf(state, 'ana').ownership);
  });

  test('habit: ownership grows more than from coaching an obstacle, and the deal is unchanged', () => {
    const habit = withRequest('habit');
    const obstacle = withRequest('obstacle');
    const afterHabit = accepted(coach(habit.state, { dealId: habit.deal.id, style: 'ask' }));
    const afterObstacle = accepted(
      coach(obstacle.state, { dealId: obstacle.deal.id, style: 'ask' }),
    );
    const gain = (s: SeasonState, from: SeasonState) =>
      repOf(s, 'ana').ownership - repOf(from, 'ana').ownership;
    expect(gain(afterHabit, habit.state)).toBeGreaterThan(gain(afterObstacle, obstacle.state));
    expect(dealOf(afterHabit, habit.deal.id).quality).toBe(habit.deal.quality);
  });
});

describe('handing a request back', () => {
  test('frees the request’s hours less a short talk', () => {
    const { state, deal } = withRequest('habit');
    const next = accepted(stayOut(state, deal.id));
    const freed = state.tuning.hours.helpRequest - state.tuning.hours.handBack;
    expect(hoursLeft(next) - hoursLeft(state)).toBeCloseTo(freed);
    expect(stayOutFreesHours(state, dealOf(state, deal.id))).toBeCloseTo(freed);
    expect(dealOf(next, deal.id).helpRequests).toBe(0);
    expect(stayOut(next, deal.id)).toMatchObject({ ok: false, code: 'already-stayed-out' });
  });

  test('habit: ownership grows, nothing else moves', () => {
    const { state, deal } = withRequest('habit');
    const next = accepted(stayOut(state, deal.id));
    expect(repOf(next, 'ana').ownership).toBeCloseTo(
      repOf(state, 'ana').ownership + state.tuning.help.handBackOwnership,
    );
    expect(repOf(next, 'ana').morale).toBe(repOf(state, 'ana').morale);
    expect(dealOf(next, deal.id).quality).toBe(deal.quality);
    expect(next.manager.absence).toBe(0);
  });

  test('a real obstacle the rep cannot handle: the deal and the rep’s morale fall, and the manager looks absent', () => {
    const { state, deal } = withRequest('obstacle', 'negotiate', 0);
    const next = accepted(stayOut(state, deal.id));
    expect(dealOf(next, deal.id).quality).toBeCloseTo(
      deal.quality - state.tuning.help.handBackDealLoss,
    );
    expect(repOf(next, 'ana').morale).toBeCloseTo(
      repOf(state, 'ana').morale - state.tuning.help.handBackMoraleLoss,
    );
    expect(next.manager.absence).toBe(1);
  });

  test('a real obstacle a fully skilled rep can handle does no harm', () => {
    const { state, deal } = withRequest('obstacle', 'negotiate', 1);
    const next = accepted(stayOut(state, deal.id));
    expect(dealOf(next, deal.id).quality).toBe(deal.quality);
    expect(repOf(next, 'ana').morale).toBe(repOf(state, 'ana').morale);
    expect(next.manager.absence).toBe(0);
  });

  test('a manager who keeps handing back real obstacles lowers the whole team’s morale', () => {
    const { state } = withRequest('habit');
    const rep = repOf(state, 'ben');
    const present = { ...state, manager: { ...state.manager, absence: 0 } };
    const absent = { ...state, manager: { ...state.manager, absence: 10 } };
    expect(seenAbsent(present)).toBe(0);
    expect(seenAbsent(absent)).toBe(1);
    expect(moraleTarget(rep, present) - moraleTarget(rep, absent)).toBeCloseTo(
      state.tuning.help.absentTeamMorale,
    );
  });
});

describe('a request left unanswered is taken over when the week ends', () => {
  function takenOver(state: SeasonState, done: number): SeasonState {
    const step = new Step(state, 'week');
    takeOverUnanswered(step, done);
    return step.finish();
  }

  test('a real obstacle is fixed, and the rep owns a little less', () => {
    const { state, deal } = withRequest('obstacle');
    const next = takenOver(state, 1);
    expect(dealOf(next, deal.id).quality).toBeCloseTo(
      deal.quality + state.tuning.help.takeOverLift,
    );
    expect(repOf(next, 'ana').ownership).toBeLessThan(repOf(state, 'ana').ownership);
    expect(repOf(next, 'ana').capability).toBe(repOf(state, 'ana').capability);
  });

  test('habit costs more ownership and feeds the habit', () => {
    const habit = withRequest('habit');
    const obstacle = withRequest('obstacle');
    const afterHabit = takenOver(habit.state, 1);
    const afterObstacle = takenOver(obstacle.state, 1);
    const loss = (s: SeasonState, from: SeasonState) =>
      repOf(from, 'ana').ownership - repOf(s, 'ana').ownership;
    expect(loss(afterHabit, habit.state)).toBeGreaterThan(loss(afterObstacle, obstacle.state));
    expect(repOf(afterHabit, 'ana').rescuedRecently).toBeGreaterThan(
      repOf(habit.state, 'ana').rescuedRecently,
    );
  });

  test('when the week had no hours for it, a real obstacle left waiting hurts the deal', () => {
    const { state, deal } = withRequest('obstacle');
    const next = takenOver(state, 0);
    expect(dealOf(next, deal.id).quality).toBeCloseTo(
      deal.quality - state.tuning.help.handBackDealLoss,
    );
  });
});

describe('where requests come from', () => {
  /** The requests drawn when week 1 opens, over many seeds of a setup. */
  function drawn(seeds: number, fields: Parameters<typeof makeSetup>[0] = {}) {
    let count = 0;
    let obstacles = 0;
    let cueRight = 0;
    for (let seed = 1; seed <= seeds; seed += 1) {
      const step = new Step(createSeason(makeSetup(fields), seed), 'test');
      drawHelpRequests(step);
      for (const deal of step.state.deals) {
        if (!deal.help) continue;
        count += 1;
        if (deal.help.cause === 'obstacle') obstacles += 1;
        if (deal.help.cue === deal.help.cause) cueRight += 1;
      }
    }
    return { count, obstacleShare: obstacles / count, cueRight: cueRight / count };
  }

  test('what the rep says points to the true cause about three times in four', () => {
    const { count, cueRight } = drawn(300);
    expect(count).toBeGreaterThan(500);
    expect(cueRight).toBeGreaterThan(0.7);
    expect(cueRight).toBeLessThan(0.8);
  });

  test('a team low on ownership asks more out of habit; a less capable team meets more real obstacles', () => {
    const base = makeSetup();
    const lowOwnership = drawn(200, {
      team: base.team.map((rep) => ({ ...rep, ownership: 0.2 })),
    });
    const lessCapable = drawn(200, { team: base.team.map((rep) => ({ ...rep, capability: 0.1 })) });
    const usual = drawn(200);
    expect(lowOwnership.count).toBeGreaterThan(usual.count);
    expect(lowOwnership.obstacleShare).toBeLessThan(usual.obstacleShare);
    expect(lessCapable.obstacleShare).toBeGreaterThan(usual.obstacleShare);
  });
});
