/**
 * Scripted players. A policy looks at the state and names its next decision
 * for this week, or nothing when it is done; the runner applies it and asks
 * again.
 *
 * They play fair: every policy plans within the same hours rule (its choices
 * fit in the normal week; handing a request back, which frees hours, is
 * always open), and each sees only what the player sees: stages, warning
 * signals, odds as the band the game shows, what a request for help says
 * (never its true cause), the reps' meters. Coaches always ask.
 */
import { weeksLeftInQuarter } from './calendar';
import { checkCoachDeal, coachHours, hasOpenRequest, recentCoaching } from './coaching';
import { isAtRisk, isCoachable, isLate, stageIndex } from './deals';
import type { Decision } from './decisions';
import { shownOdds } from './decisionView';
import { hoursDemanded } from './hours';
import { inboxEntries } from './inbox';
import { checkReview } from './lossReview';
import { rescuedOdds, winOdds } from './odds';
import type { PlayerStyle } from './playerStyle';
import { checkRescueDeal } from './rescue';
import type { Deal, Rep, SeasonState } from './state';
import { type Concession, concessions, type PolicyName } from './vocabulary';

export type Policy = (state: SeasonState) => Decision | undefined;

/** The decisions a policy names, built in one place each, dated this week. Coaches always ask. */
const coachAsking = (state: SeasonState, deal: Deal): Decision => ({
  type: 'deal.coach',
  week: state.week,
  dealId: deal.id,
  style: 'ask',
});
const rescueWith = (state: SeasonState, deal: Deal, concession: Concession): Decision => ({
  type: 'deal.rescue',
  week: state.week,
  dealId: deal.id,
  concession,
});
const reviewing = (state: SeasonState, dealId: string): Decision => ({
  type: 'loss.review',
  week: state.week,
  dealId,
});
const handingBack = (state: SeasonState, deal: Deal): Decision => ({
  type: 'deal.stayOut',
  week: state.week,
  dealId: deal.id,
});

/** The one hours rule: a choice fits in the normal week (nobody books overtime on purpose). */
function fitsNormalWeek(state: SeasonState, hours: number): boolean {
  return (
    hoursDemanded(state) - state.manager.backlogHours + hours <= state.tuning.manager.normalHours
  );
}

/** A choice's hours less those of the requests for help it answers on this deal. */
function netHours(state: SeasonState, deal: Deal, hours: number): number {
  return hasOpenRequest(deal) ? hours - deal.helpRequests * state.tuning.hours.helpRequest : hours;
}

function dealById(state: SeasonState, id: string): Deal | undefined {
  return state.deals.find((deal) => deal.id === id);
}

function repById(state: SeasonState, id: string): Rep | undefined {
  return state.reps.find((rep) => rep.id === id);
}

/** The inbox's deals of one kind, in the inbox's order. */
function inboxDeals(state: SeasonState, kind: 'help' | 'coach-window'): Deal[] {
  return inboxEntries(state)
    .filter((entry) => entry.kind === kind)
    .map((entry) => dealById(state, entry.dealId)!);
}

function firstLessonToReview(state: SeasonState): Decision | undefined {
  if (!fitsNormalWeek(state, state.tuning.hours.review)) return undefined;
  for (const rep of state.reps) {
    if (!rep.active) continue;
    const lesson = rep.lessons.find((l) => !checkReview(state, l.dealId));
    if (lesson) return reviewing(state, lesson.dealId);
  }
  return undefined;
}

/**
 * Requests judged by what the rep says: coach the ones that sound like a real
 * obstacle, hand back the ones that sound like habit.
 */
function answerByCue(state: SeasonState): Decision | undefined {
  const deal = inboxDeals(state, 'help')[0];
  if (!deal) return undefined;
  if (deal.help?.cue === 'obstacle' && !checkCoachDeal(state, deal))
    return coachAsking(state, deal);
  return handingBack(state, deal);
}

/** A session that fits the week and, when `withinDose`, keeps the rep within the useful dose. */
function canCoach(state: SeasonState, deal: Deal, withinDose: boolean): boolean {
  if (checkCoachDeal(state, deal) || !fitsNormalWeek(state, state.tuning.hours.coach)) return false;
  const rep = repById(state, deal.repId);
  if (!rep) return false;
  return (
    !withinDose || recentCoaching(rep) + state.tuning.hours.coach <= state.tuning.coaching.doseHours
  );
}

/** The next coaching window the inbox shows that fits. */
function nextWindow(state: SeasonState): Decision | undefined {
  const deal = inboxDeals(state, 'coach-window').find((d) => canCoach(state, d, true));
  return deal ? coachAsking(state, deal) : undefined;
}

/** The concession a manager in a hurry reaches for: price on big deals, services on small ones. */
function usualConcession(state: SeasonState, deal: Deal): Concession {
  const [low, high] = state.valueRange;
  return deal.value >= (low + high) / 2 ? 'discount' : 'free-services';
}

/** A rescue of this deal fits the week (a request it answers gives its hours back). */
function canRescue(state: SeasonState, deal: Deal): boolean {
  return (
    !checkRescueDeal(state, deal) &&
    fitsNormalWeek(state, netHours(state, deal, state.tuning.hours.rescue))
  );
}

/** Late deals showing enough warnings, the biggest first, that a rescue would fit this week. */
function lateAtRisk(state: SeasonState): Deal[] {
  return state.deals
    .filter((deal) => isLate(deal) && isAtRisk(deal, state.tuning) && canRescue(state, deal))
    .sort((a, b) => b.value - a.value);
}

const coachEarly: Policy = (state) =>
  answerByCue(state) ?? firstLessonToReview(state) ?? nextWindow(state);

const rescueLate: Policy = (state) => {
  const deal = lateAtRisk(state)[0];
  return deal ? rescueWith(state, deal, usualConcession(state, deal)) : undefined;
};

const rescueBare: Policy = (state) => {
  const deal = lateAtRisk(state)[0];
  return deal ? rescueWith(state, deal, 'none') : undefined;
};

const handsOff: Policy = () => undefined;

/** Hands every request back; coaches, rescues and reviews nothing. */
const handBack: Policy = (state) => {
  const deal = inboxDeals(state, 'help')[0];
  return deal ? handingBack(state, deal) : undefined;
};

/** Coaches every request and every deal it can, past the dose. */
const coachAll: Policy = (state) => {
  const request = state.deals.find((deal) => hasOpenRequest(deal) && !checkCoachDeal(state, deal));
  if (request) return coachAsking(state, request);
  const review = firstLessonToReview(state);
  if (review) return review;
  const deal = state.deals
    .filter((d) => isCoachable(d) && canCoach(state, d, false))
    .sort((a, b) => stageIndex(a.status) - stageIndex(b.status) || b.value - a.value)[0];
  return deal ? coachAsking(state, deal) : undefined;
};

const balanced: Policy = (state) => {
  const answer = answerByCue(state) ?? firstLessonToReview(state);
  if (answer) return answer;
  const [low, high] = state.valueRange;
  const bigThreshold = low + 0.8 * (high - low);
  const rescuedThisWeek = state.deals.some((deal) => deal.rescue?.week === state.week);
  const big = lateAtRisk(state).find((deal) => deal.value >= bigThreshold);
  if (big && !rescuedThisWeek) return rescueWith(state, big, 'discount');
  return nextWindow(state);
};

/** Weeks a late deal takes at least to be decided, as a player would guess from its stage. */
const weeksToDecide = (deal: Deal) => (deal.status === 'decide' ? 2 : 4);

/** What a rescue is expected to add to this quarter's bookings, from the odds bands shown. */
function quarterGain(state: SeasonState, deal: Deal, concession: Concession): number {
  const { tuning } = state;
  const weeksLeft = weeksLeftInQuarter(state.week);
  const current =
    weeksToDecide(deal) <= weeksLeft ? shownOdds(winOdds(deal.quality, tuning)) * deal.value : 0;
  const given =
    concession === 'discount'
      ? tuning.rescue.discountShare[0] * deal.value
      : concession === 'free-services'
        ? tuning.rescue.freeServiceHours[0] * tuning.rescue.freeServiceCost
        : 0;
  return shownOdds(rescuedOdds(deal.quality, concession, tuning)) * (deal.value - given) - current;
}

/**
 * The naive player: each week, whatever lifts this quarter's expected bookings
 * most, judged from the odds bands it is shown. Coaching and reviews pay
 * later, so it never does them. A rescue is worth its hours when it adds at
 * least a tenth of the deal to this quarter (in practice: it pulls a deal in
 * before the quarter closes). When such a rescue does not fit the week, it
 * hands back requests on deals that will not close this quarter to make room.
 */
const myopic: Policy = (state) => {
  // A rescue decides next week: it counts this quarter only if next week is still in it.
  if (weeksLeftInQuarter(state.week) < 2) return undefined;
  let best: { gain: number; deal: Deal; concession: Concession } | undefined;
  for (const deal of state.deals) {
    if (!isLate(deal) || checkRescueDeal(state, deal)) continue;
    for (const concession of concessions) {
      const gain = quarterGain(state, deal, concession);
      if (gain >= 0.1 * deal.value && (!best || gain > best.gain))
        best = { gain, deal, concession };
    }
  }
  if (!best) return undefined;
  if (canRescue(state, best.deal)) return rescueWith(state, best.deal, best.concession);
  const notThisQuarter = inboxDeals(state, 'help').find((deal) => !isLate(deal));
  return notThisQuarter ? handingBack(state, notThisQuarter) : undefined;
};

/** A number in [0, 1) that is always the same for the same words (FNV-1a): a fair coin with no state. */
export function steadyCoin(words: string): number {
  let hash = 0x811c9dc5;
  for (let i = 0; i < words.length; i += 1) {
    hash ^= words.charCodeAt(i);
    hash = Math.imul(hash, 0x01000193) >>> 0;
  }
  return hash / 2 ** 32;
}

/**
 * A player's style played on: of what the inbox offers, it takes each kind of
 * item in the player's own shares (a steady coin per item and week decides
 * which), under the same hours rule as every scripted player. Coaching asks;
 * rescues give what a manager in a hurry gives.
 */
export function stylePolicy(style: PlayerStyle): Policy {
  return (state) => {
    for (const entry of inboxEntries(state)) {
      const deal = dealById(state, entry.dealId);
      if (!deal) continue;
      const coin = steadyCoin(`${entry.kind}:${entry.dealId}:${state.week}`);
      switch (entry.kind) {
        case 'loss-to-review':
          if (coin < style.reviewLosses && !checkReview(state, deal.id)) {
            if (fitsNormalWeek(state, state.tuning.hours.review)) return reviewing(state, deal.id);
          }
          break;
        case 'going-south':
          if (coin < style.rescueSouth && canRescue(state, deal))
            return rescueWith(state, deal, usualConcession(state, deal));
          break;
        case 'coach-window':
          if (coin < style.coachWindows && canCoach(state, deal, false))
            return coachAsking(state, deal);
          break;
        case 'help':
          if (coin < style.handBackRequests) return handingBack(state, deal);
          if (
            coin < style.handBackRequests + style.coachRequests &&
            !checkCoachDeal(state, deal) &&
            fitsNormalWeek(state, netHours(state, deal, coachHours(state, deal)))
          )
            return coachAsking(state, deal);
          break;
      }
    }
    return undefined;
  };
}

/** A mix of the two roads, for the policy lab: shares 0..1 and a switch. */
export interface PolicyMix {
  /** Of the early deals the inbox offers for coaching (and the requests for help), the share coached. */
  coachEarly: number;
  /** Of the late deals going south that a rescue would fit, the share rescued. */
  rescueLate: number;
  reviewLosses: boolean;
}

/**
 * The coach and the rescuer mixed: it answers requests and coaches windows
 * the way coach-early does, but only on its share of the deals, and rescues
 * the way rescue-late does on its share of the late deals at risk; a steady
 * coin per deal says which deals are in each share, so a deal is either
 * always or never one it takes. At (1, 0, reviewing) it plays coach-early;
 * at (0, 1, not reviewing), rescue-late.
 */
export function mixPolicy(mix: PolicyMix): Policy {
  const coached = (deal: Deal) => steadyCoin(`coach:${deal.id}`) < mix.coachEarly;
  const rescued = (deal: Deal) => steadyCoin(`rescue:${deal.id}`) < mix.rescueLate;
  return (state) => {
    const request = inboxDeals(state, 'help')[0];
    if (request && coached(request)) return answerByCue(state);
    if (mix.reviewLosses) {
      const review = firstLessonToReview(state);
      if (review) return review;
    }
    const late = lateAtRisk(state).find(rescued);
    if (late) return rescueWith(state, late, usualConcession(state, late));
    const window = inboxDeals(state, 'coach-window').find(
      (deal) => coached(deal) && canCoach(state, deal, true),
    );
    return window ? coachAsking(state, window) : undefined;
  };
}

export const policies: Record<PolicyName, Policy> = {
  'coach-early': coachEarly,
  'rescue-late': rescueLate,
  'hands-off': handsOff,
  balanced,
  myopic,
  'hand-back': handBack,
  'coach-all': coachAll,
  'rescue-bare': rescueBare,
};
