/**
 * Coaching a rep early on a deal's strategy. It lifts this deal's quality
 * (more the earlier the stage), and it builds the rep's capability, which
 * every later deal of theirs inherits. Asking builds more than telling.
 * The plan changes, so the coached deal's stage usually takes a week longer:
 * worse before better. Returns diminish past the dose, and coaching a rep on
 * everything costs ownership and morale (the "always-on" manager).
 *
 * Coaching a request for help (any stage, about an hour) answers it: a real
 * obstacle teaches the rep and helps the deal a little; a habit request,
 * answered with questions, builds ownership.
 */

import { isOpen, stageIndex } from './deals';
import { clearRequests } from './helpRequests';
import { checkHours } from './hours';
import { type MoveResult, type Rejection, reject } from './result';
import type { Deal, Rep, SeasonState } from './state';
import { Step } from './step';
import { withCoached } from './storyBeats';
import { type CoachingStyle, coachingStages, type DealIdea, type DealStage } from './vocabulary';

/** What an authored coaching conversation added, on top of the base effects. */
export interface ConversationOutcome {
  dealQuality: number;
  capability: number;
  ownership: number;
  morale: number;
  /** The deal-strategy ideas the conversation touched. */
  ideas: DealIdea[];
}

export interface CoachChoice {
  dealId: string;
  style: CoachingStyle;
  conversation?: ConversationOutcome;
}

/** Why coaching this deal is not possible now, or undefined when it is. */
export function checkCoach(state: SeasonState, dealId: string): Rejection | undefined {
  const deal = state.deals.find((d) => d.id === dealId);
  if (!deal) return reject('unknown-deal', `There is no deal "${dealId}".`);
  return checkCoachDeal(state, deal);
}

/** A request for help on this deal is waiting for an answer this week. */
export function hasOpenRequest(deal: Deal): boolean {
  return isOpen(deal) && deal.helpRequests > 0 && !deal.rescue;
}

/** Hours coaching this deal takes now: a request's answer, or a session in the deal's coaching window (its stage's first week or later). */
export function coachHours(state: SeasonState, deal: Deal): number {
  return hasOpenRequest(deal) ? state.tuning.hours.coachRequest : state.tuning.hours.coach;
}

export function checkCoachDeal(state: SeasonState, deal: Deal): Rejection | undefined {
  if (state.ended) return reject('season-ended', 'The season is over.');
  if (!isOpen(deal)) return reject('deal-closed', `${deal.customer} is already decided.`);
  if (hasOpenRequest(deal)) return checkHours(state, coachHours(state, deal), 'Coaching');
  if (!coachingStages.includes(deal.status)) {
    return reject(
      'too-late-to-coach',
      `${deal.customer} is in ${deal.status}: too late for coaching to shape it.`,
    );
  }
  if (deal.coachedIn.includes(deal.status)) {
    return reject(
      'already-coached-this-stage',
      `You already coached ${deal.customer} in this stage.`,
    );
  }
  return checkHours(state, coachHours(state, deal), 'Coaching');
}

/** How much a session can land: the manager's energy and the rep's receptivity. */
export function coachingQuality(state: SeasonState, rep: Rep): number {
  const energyFactor = state.manager.burnedOut ? 0.5 : 0.6 + 0.4 * state.manager.energy;
  const receptivity = 0.5 + 0.3 * rep.morale + 0.2 * rep.ownership;
  return energyFactor * receptivity;
}

/** Coaching hours this rep has had in the last four weeks, this week included. */
export function recentCoaching(rep: Rep): number {
  return rep.coachingHours.reduce((sum, h) => sum + h, 0);
}

/** Returns diminish once a rep has had more than the useful dose this month. */
function doseFactor(rep: Rep, doseHours: number): number {
  const recent = recentCoaching(rep);
  return recent <= doseHours ? 1 : (doseHours / recent) ** 2;
}

/** Hours spent, the dose counted; past the dose the rep feels watched: ownership and morale dip. */
function spendCoaching(step: Step, rep: Rep, hours: number): void {
  const next = step.state;
  next.manager.committedHours += hours;
  next.weekHours.coach += hours;
  rep.coachingHours[rep.coachingHours.length - 1]! += hours;
  if (recentCoaching(rep) > next.tuning.coaching.doseHours) {
    step.shiftRep(rep, 'ownership', -next.tuning.coaching.alwaysOnCost);
    step.shiftRep(rep, 'morale', -next.tuning.coaching.alwaysOnCost);
  }
}

/** The capability a session teaches this rep now. */
function lesson(state: SeasonState, rep: Rep, style: CoachingStyle, share: number): number {
  const tuning = state.tuning;
  return (
    tuning.coaching.learnRate *
    (1 - rep.capability) *
    coachingQuality(state, rep) *
    (style === 'ask' ? 1 : tuning.coaching.tellLearnShare) *
    share *
    doseFactor(rep, tuning.coaching.doseHours)
  );
}

/** The plan changes: the rep goes back to the customer, and the deal's stage may take a week longer. */
function slip(step: Step, deal: Deal, chance: number): void {
  if (step.draws.chance(chance)) deal.stageWeeks += 1;
}

/** What a coaching of this open deal is about, as the log keeps it. */
function coachedAbout(deal: Deal): { idea: DealIdea; stage: DealStage } {
  return { idea: deal.weakIdea, stage: deal.status as DealStage };
}

/** Answering a request for help by coaching the rep through it. */
function coachRequest(step: Step, deal: Deal, rep: Rep, style: CoachingStyle): void {
  const next = step.state;
  const { help, coaching } = next.tuning;
  const cause = deal.help?.cause ?? 'habit';
  step.note('coached', deal.id, { detail: style, about: coachedAbout(deal) });
  clearRequests(step, deal);
  spendCoaching(step, rep, next.tuning.hours.coachRequest);
  const asked = style === 'ask';
  if (cause === 'obstacle') {
    step.shiftRep(rep, 'capability', lesson(next, rep, style, help.coachLearnShare));
    step.shiftDealQuality(deal, help.coachDealLift * coachingQuality(next, rep));
    slip(step, deal, help.coachSlipChance);
    step.shiftRep(rep, 'ownership', asked ? coaching.ownershipAsk : coaching.ownershipTell);
  } else {
    step.shiftRep(rep, 'capability', lesson(next, rep, style, help.coachLearnShare / 2));
    step.shiftRep(rep, 'ownership', asked ? help.coachHabitOwnership : 0);
  }
}

export function coach(state: SeasonState, choice: CoachChoice): MoveResult {
  const rejection = checkCoach(state, choice.dealId);
  if (rejection) return rejection;
  const step = new Step(state, `d${state.nextDecisionNumber}`);
  const next = step.state;
  next.nextDecisionNumber += 1;
  const deal = step.deal(choice.dealId)!;
  const rep = step.rep(deal.repId)!;
  const tuning = next.tuning;
  if (hasOpenRequest(deal)) {
    coachRequest(step, deal, rep, choice.style);
    return step.accept();
  }
  const stage = deal.status as (typeof coachingStages)[number];
  // An authored conversation is held once; coaching the deal again later is a plain session.
  const conversation = deal.conversationHeld ? undefined : choice.conversation;
  if (conversation) deal.conversationHeld = true;
  // A story deal remembers what was coached and how: its later beats are guarded on it.
  if (deal.storyId)
    deal.storySoFar = withCoached(
      deal.storySoFar,
      conversation?.ideas ?? [deal.weakIdea],
      choice.style,
      next.week,
    );

  step.note('coached', deal.id, { detail: choice.style, about: coachedAbout(deal) });
  spendCoaching(step, rep, tuning.hours.coach);

  const quality = coachingQuality(next, rep);
  const asked = choice.style === 'ask';
  const lift =
    (tuning.coaching.dealLift[stageIndex(stage)] ?? 0) *
    quality *
    doseFactor(rep, tuning.coaching.doseHours);
  step.shiftDealQuality(deal, lift + (conversation?.dealQuality ?? 0));
  deal.coachedIn.push(stage);
  deal.signals = deal.signals.filter((idea) => idea !== deal.weakIdea);
  if (deal.signals[0]) deal.weakIdea = deal.signals[0];
  // Past the dose the rep's time goes to sessions instead of customers: slips grow likelier.
  const overDose = Math.max(1, recentCoaching(rep) / tuning.coaching.doseHours);
  slip(step, deal, Math.min(1, tuning.coaching.slipChance * overDose));

  const capabilityBefore = rep.capability;
  const gain = lesson(next, rep, choice.style, 1);
  step.shiftRep(rep, 'capability', gain + (conversation?.capability ?? 0));
  step.shiftRep(
    rep,
    'ownership',
    (asked ? tuning.coaching.ownershipAsk : tuning.coaching.ownershipTell) +
      (conversation?.ownership ?? 0),
  );
  step.shiftRep(rep, 'morale', tuning.coaching.morale + (conversation?.morale ?? 0));

  // The rep applies what they learned to their other deals still in play.
  const learned = rep.capability - capabilityBefore;
  if (learned > 0) {
    for (const other of next.deals) {
      if (other.id === deal.id || other.repId !== rep.id || !isOpen(other)) continue;
      if (!coachingStages.includes(other.status)) continue;
      step.shiftDealQuality(step.deal(other.id)!, learned * tuning.coaching.spillover);
    }
  }
  return step.accept();
}
