/**
 * Coaching a rep early on a deal's strategy. It lifts this deal's quality
 * (more the earlier the stage), and it builds the rep's capability, which
 * every later deal of theirs inherits. Asking builds more than telling.
 */
import { isOpen, stageIndex } from './deals';
import { checkHours } from './hours';
import { type MoveResult, type Rejection, reject } from './result';
import type { Deal, Rep, SeasonState } from './state';
import { Step } from './step';
import { type CoachingStyle, coachingStages, type DealIdea } from './vocabulary';

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

export function checkCoachDeal(state: SeasonState, deal: Deal): Rejection | undefined {
  if (state.ended) return reject('season-ended', 'The season is over.');
  if (!isOpen(deal)) return reject('deal-closed', `${deal.customer} is already decided.`);
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
  return checkHours(state, state.tuning.hours.coach, 'Coaching');
}

/** How much a session can land: the manager's energy and the rep's receptivity. */
export function coachingQuality(state: SeasonState, rep: Rep): number {
  const energyFactor = state.manager.burnedOut ? 0.5 : 0.6 + 0.4 * state.manager.energy;
  const receptivity = 0.5 + 0.3 * rep.morale + 0.2 * rep.ownership;
  return energyFactor * receptivity;
}

/** Returns diminish once a rep has had more than the useful dose this month. */
function doseFactor(rep: Rep, doseHours: number): number {
  const recent = rep.coachingHours.reduce((sum, h) => sum + h, 0);
  return recent <= doseHours ? 1 : doseHours / recent;
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
  const hours = tuning.hours.coach;
  const stage = deal.status as (typeof coachingStages)[number];
  // An authored conversation is held once; coaching the deal again later is a plain session.
  const conversation = deal.conversationHeld ? undefined : choice.conversation;
  if (conversation) deal.conversationHeld = true;

  step.note('coached', deal.id, { detail: choice.style });
  next.manager.committedHours += hours;
  next.weekHours.coach += hours;
  rep.coachingHours[rep.coachingHours.length - 1]! += hours;

  const quality = coachingQuality(next, rep);
  const asked = choice.style === 'ask';
  const lift = (tuning.coaching.dealLift[stageIndex(stage)] ?? 0) * quality;
  step.shiftDealQuality(deal, lift + (conversation?.dealQuality ?? 0));
  deal.coachedIn.push(stage);
  deal.signals = deal.signals.filter((idea) => idea !== deal.weakIdea);
  if (deal.signals[0]) deal.weakIdea = deal.signals[0];

  const learnShare = asked ? 1 : tuning.coaching.tellLearnShare;
  const capabilityBefore = rep.capability;
  const gain =
    tuning.coaching.learnRate *
    (1 - rep.capability) *
    quality *
    learnShare *
    doseFactor(rep, tuning.coaching.doseHours);
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
