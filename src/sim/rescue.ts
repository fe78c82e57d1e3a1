/**
 * Sweeping in late to rescue a deal (taking it over). It costs many hours,
 * pushes the customer to decide now, and wins only through what the manager
 * gives away (with nothing given, the pushed buyer mostly says no), never
 * past the cap. It teaches the rep nothing, and takes ownership and morale
 * from the rep and, a little, ownership from the whole team. A request for
 * help on the deal is answered by it.
 */

import type { ConversationOutcome } from './coaching';
import { isOpen } from './deals';
import { clearRequests } from './helpRequests';
import { checkHours } from './hours';
import { rescuedOdds } from './odds';
import { type MoveResult, type Rejection, reject } from './result';
import type { Deal, SeasonState } from './state';
import { Step } from './step';
import { type CallLead, callGiveMoney, freshStory } from './storyPlan';
import type { Tuning } from './tuning';
import { type Concession, rescueStages } from './vocabulary';

/**
 * How big what the call gave is against the usual concession (the low end
 * of the tuned range): a bigger discount lifts the odds more, within half and
 * one and a half times the usual lift.
 */
function givenSize(
  concession: Concession,
  call: { discountShare: number; freeServiceHours: number },
  tuning: Tuning,
): number {
  const usual =
    concession === 'discount'
      ? call.discountShare / tuning.rescue.discountShare[0]
      : concession === 'free-services'
        ? call.freeServiceHours / tuning.rescue.freeServiceHours[0]
        : 1;
  return Math.min(1.5, Math.max(0.5, usual));
}

export interface RescueChoice {
  dealId: string;
  concession: Concession;
  /** A story's rescue call: what its lines gave, who led it, and what its lines add. */
  call?: {
    /** A share of the deal's value off, and hours of free services: the sizes the lines chose. */
    discountShare: number;
    freeServiceHours: number;
    lead: CallLead;
    outcome: ConversationOutcome;
    lines: number[];
  };
}

/** With the rep in the lead, the rescue takes this share of the usual cost from the rep, and none from the team. */
export const besideTheRepShare = 0.5;

export function checkRescue(state: SeasonState, dealId: string): Rejection | undefined {
  const deal = state.deals.find((d) => d.id === dealId);
  if (!deal) return reject('unknown-deal', `There is no deal "${dealId}".`);
  return checkRescueDeal(state, deal);
}

export function checkRescueDeal(state: SeasonState, deal: Deal): Rejection | undefined {
  if (state.ended) return reject('season-ended', 'The season is over.');
  if (!isOpen(deal)) return reject('deal-closed', `${deal.customer} is already decided.`);
  if (!rescueStages.includes(deal.status)) {
    return reject(
      'too-early-to-rescue',
      `${deal.customer} is in ${deal.status}: there is nothing to rescue yet. Coach it instead.`,
    );
  }
  if (deal.rescue) return reject('already-rescued', `You already stepped into ${deal.customer}.`);
  return checkHours(state, state.tuning.hours.rescue, 'A rescue');
}

export function rescue(state: SeasonState, choice: RescueChoice): MoveResult {
  const rejection = checkRescue(state, choice.dealId);
  if (rejection) return rejection;
  const step = new Step(state, `d${state.nextDecisionNumber}`);
  const next = step.state;
  next.nextDecisionNumber += 1;
  const tuning = next.tuning;
  const deal = step.deal(choice.dealId)!;
  const rep = step.rep(deal.repId)!;

  step.note('rescued', deal.id, { detail: choice.concession });
  if (deal.helpRequests > 0) clearRequests(step, deal);
  next.manager.committedHours += tuning.hours.rescue;
  next.manager.followUpNextWeek += tuning.hours.rescueFollowUp;
  next.weekHours.rescue += tuning.hours.rescue;

  const call = choice.call;
  if (call) {
    // The words of the call count before the buyer decides: they move the deal's strength first.
    step.shiftDealQuality(deal, call.outcome.dealQuality);
    deal.storySoFar = {
      ...(deal.storySoFar ?? freshStory()),
      rescue: { week: next.week, lines: [...call.lines], lead: call.lead },
    };
  }
  const odds = rescuedOdds(
    deal.quality,
    choice.concession,
    tuning,
    call ? givenSize(choice.concession, call, tuning) : 1,
  );
  deal.rescue = {
    week: next.week,
    concession: choice.concession,
    odds,
    decideByWeek: next.week + tuning.rescue.decideWithinWeeks,
  };
  // The manager pushes for a signature now: the deal jumps to the decision.
  if (deal.status !== 'decide') {
    deal.status = 'decide';
    deal.weeksInStage = 0;
  }
  if (call) {
    deal.discount = callGiveMoney(deal.value, call.discountShare);
    deal.freeServiceHours = Math.round(call.freeServiceHours);
  } else if (choice.concession === 'discount') {
    deal.discount = Math.round(deal.value * step.draws.between(...tuning.rescue.discountShare));
  } else if (choice.concession === 'free-services') {
    deal.freeServiceHours = Math.round(step.draws.between(...tuning.rescue.freeServiceHours));
  }

  // Beside the rep, the rep keeps the call: half the cost to them, none seen by the team.
  const share = call?.lead === 'rep' ? besideTheRepShare : 1;
  step.shiftRep(
    rep,
    'ownership',
    -tuning.rescue.ownershipLoss * share + (call?.outcome.ownership ?? 0),
  );
  step.shiftRep(rep, 'morale', -tuning.rescue.moraleLoss * share + (call?.outcome.morale ?? 0));
  if (call?.outcome.capability) step.shiftRep(rep, 'capability', call.outcome.capability);
  rep.rescuedRecently += share;
  if (call?.lead !== 'rep') {
    for (const other of next.reps) {
      if (other.id !== rep.id && other.active)
        step.shiftRep(other, 'ownership', -tuning.rescue.teamOwnershipLoss);
    }
  }
  return step.accept();
}
