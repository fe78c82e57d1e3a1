/**
 * Sweeping in late to rescue a deal (taking it over). It costs many hours,
 * pushes the customer to decide now, and wins only through what the manager
 * gives away (with nothing given, the pushed buyer mostly says no), never
 * past the cap. It teaches the rep nothing, and takes ownership and morale
 * from the rep and, a little, ownership from the whole team. A request for
 * help on the deal is answered by it.
 */
import { isOpen } from './deals';
import { clearRequests } from './helpRequests';
import { checkHours } from './hours';
import { rescuedOdds } from './odds';
import { type MoveResult, type Rejection, reject } from './result';
import type { Deal, SeasonState } from './state';
import { Step } from './step';
import { type Concession, rescueStages } from './vocabulary';

export interface RescueChoice {
  dealId: string;
  concession: Concession;
}

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

  const odds = rescuedOdds(deal.quality, choice.concession, tuning);
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
  if (choice.concession === 'discount') {
    deal.discount = Math.round(deal.value * step.draws.between(...tuning.rescue.discountShare));
  } else if (choice.concession === 'free-services') {
    deal.freeServiceHours = Math.round(step.draws.between(...tuning.rescue.freeServiceHours));
  }

  step.shiftRep(rep, 'ownership', -tuning.rescue.ownershipLoss);
  step.shiftRep(rep, 'morale', -tuning.rescue.moraleLoss);
  rep.rescuedRecently += 1;
  for (const other of next.reps) {
    if (other.id !== rep.id && other.active)
      step.shiftRep(other, 'ownership', -tuning.rescue.teamOwnershipLoss);
  }
  return step.accept();
}
