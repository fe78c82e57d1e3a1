/**
 * Scripted players. A policy looks at the state and names its next decision
 * for this week, or nothing when it is done; the runner applies it through
 * the same machines the game uses and asks again.
 */
import { weeksLeftInQuarter } from './calendar';
import { checkCoachDeal } from './coaching';
import { isAtRisk, isCoachable, isLate, isOpen, stageIndex } from './deals';
import type { Decision } from './decisions';
import { hoursDemanded, hoursLeft } from './hours';
import { checkReview } from './lossReview';
import { dealOdds, rescuedOdds } from './odds';
import { checkRescueDeal } from './rescue';
import type { Deal, SeasonState } from './state';
import type { Concession, PolicyName } from './vocabulary';

export type Policy = (state: SeasonState) => Decision | undefined;

const reviewing = (state: SeasonState, dealId: string): Decision => ({
  type: 'loss.review',
  week: state.week,
  dealId,
});
const coachAsking = (state: SeasonState, dealId: string): Decision => ({
  type: 'deal.coach',
  week: state.week,
  dealId,
  style: 'ask',
});
const rescueWith = (state: SeasonState, dealId: string, concession: Concession): Decision => ({
  type: 'deal.rescue',
  week: state.week,
  dealId,
  concession,
});

/** Fits in the normal week: the careful manager does not book overtime on purpose. */
function fitsNormalWeek(state: SeasonState, hours: number): boolean {
  return (
    hoursDemanded(state) - state.manager.backlogHours + hours <= state.tuning.manager.normalHours
  );
}

function firstLessonToReview(state: SeasonState, withinNormalWeek: boolean): Decision | undefined {
  for (const rep of state.reps) {
    if (!rep.active) continue;
    for (const lesson of rep.lessons) {
      if (checkReview(state, lesson.dealId)) continue;
      if (withinNormalWeek && !fitsNormalWeek(state, state.tuning.hours.review)) return undefined;
      return reviewing(state, lesson.dealId);
    }
  }
  return undefined;
}

/** The coaching queue's order: earliest stage first, then the biggest. */
const coachingOrder = (a: Deal, b: Deal) =>
  stageIndex(a.status) - stageIndex(b.status) || b.value - a.value;

/** The head of the coaching queue (the first in the pipeline among equals), found in one pass. */
function nextToCoach(state: SeasonState): Deal | undefined {
  let next: Deal | undefined;
  for (const deal of state.deals) {
    if (!isCoachable(deal) || checkCoachDeal(state, deal)) continue;
    if (!next || coachingOrder(deal, next) < 0) next = deal;
  }
  return next;
}

function nextCoaching(state: SeasonState): Decision | undefined {
  if (!fitsNormalWeek(state, state.tuning.hours.coach)) return undefined;
  const deal = nextToCoach(state);
  return deal ? coachAsking(state, deal.id) : undefined;
}

/** The concession a manager in a hurry reaches for: price on big deals, services on small ones. */
function usualConcession(state: SeasonState, deal: Deal): Concession {
  const [low, high] = state.valueRange;
  return deal.value >= (low + high) / 2 ? 'discount' : 'free-services';
}

function lateAtRisk(state: SeasonState): Deal[] {
  return state.deals
    .filter((deal) => isLate(deal) && isAtRisk(deal, state.tuning) && !checkRescueDeal(state, deal))
    .sort((a, b) => b.value - a.value);
}

const coachEarly: Policy = (state) => firstLessonToReview(state, true) ?? nextCoaching(state);

const rescueLate: Policy = (state) => {
  const deal = lateAtRisk(state)[0];
  return deal ? rescueWith(state, deal.id, usualConcession(state, deal)) : undefined;
};

const handsOff: Policy = () => undefined;

const balanced: Policy = (state) => {
  const review = firstLessonToReview(state, true);
  if (review) return review;
  const [low, high] = state.valueRange;
  const bigThreshold = low + 0.8 * (high - low);
  const rescuedThisWeek = state.deals.some((deal) => deal.rescue?.week === state.week);
  const big = lateAtRisk(state).find((deal) => deal.value >= bigThreshold);
  if (big && !rescuedThisWeek) return rescueWith(state, big.id, 'discount');
  return nextCoaching(state);
};

/**
 * The naive player: each week, whatever lifts this quarter's expected bookings
 * most. Coaching and reviews pay later, so it never does them; it rescues any
 * late deal whose rescue adds expected money before the quarter closes.
 */
const myopic: Policy = (state) => {
  if (hoursLeft(state) < state.tuning.hours.rescue) return undefined;
  const weeksLeft = weeksLeftInQuarter(state.week);
  let best: { gain: number; decision: Decision } | undefined;
  for (const deal of state.deals) {
    if (!isOpen(deal) || !isLate(deal) || checkRescueDeal(state, deal)) continue;
    const decidesInQuarter =
      deal.status === 'decide' ? deal.stageWeeks - deal.weeksInStage <= weeksLeft : weeksLeft > 3;
    const current = decidesInQuarter ? dealOdds(deal, state.tuning) * deal.value : 0;
    for (const concession of ['none', 'discount', 'free-services'] as const) {
      const share = concession === 'discount' ? state.tuning.rescue.discountShare[0] : 0;
      const gain =
        rescuedOdds(deal.quality, concession, state.tuning) * deal.value * (1 - share) - current;
      if (gain > 0 && (!best || gain > best.gain))
        best = { gain, decision: rescueWith(state, deal.id, concession) };
    }
  }
  return best?.decision;
};

export const policies: Record<PolicyName, Policy> = {
  'coach-early': coachEarly,
  'rescue-late': rescueLate,
  'hands-off': handsOff,
  balanced,
  myopic,
};
