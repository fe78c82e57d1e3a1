/**
 * Reviewing a loss with the rep, blamelessly and soon: what the customer
 * decided and why, which idea was weak, what the rep will do differently.
 * It builds capability and keeps ownership where it belongs.
 */
import { coachingQuality } from './coaching';
import { checkHours } from './hours';
import { type MoveResult, type Rejection, reject } from './result';
import type { SeasonState } from './state';
import { Step } from './step';

export function checkReview(state: SeasonState, dealId: string): Rejection | undefined {
  if (state.ended) return reject('season-ended', 'The season is over.');
  const deal = state.deals.find((d) => d.id === dealId);
  if (!deal) return reject('unknown-deal', `There is no deal "${dealId}".`);
  const rep = state.reps.find((r) => r.id === deal.repId);
  if (!rep?.active || !rep.lessons.some((lesson) => lesson.dealId === dealId)) {
    return reject('no-lesson-to-review', `There is no fresh loss to review on ${deal.customer}.`);
  }
  return checkHours(state, state.tuning.hours.review, 'A review');
}

export function reviewLoss(state: SeasonState, dealId: string): MoveResult {
  const rejection = checkReview(state, dealId);
  if (rejection) return rejection;
  const step = new Step(state, `d${state.nextDecisionNumber}`);
  const next = step.state;
  next.nextDecisionNumber += 1;
  const tuning = next.tuning;
  const deal = step.deal(dealId)!;
  const rep = step.rep(deal.repId)!;

  step.note('reviewed', deal.id);
  next.manager.committedHours += tuning.hours.review;
  next.weekHours.review += tuning.hours.review;
  rep.lessons = rep.lessons.filter((lesson) => lesson.dealId !== dealId);

  const quality = coachingQuality(next, rep);
  step.shiftRep(rep, 'capability', tuning.review.learnRate * (1 - rep.capability) * quality);
  step.shiftRep(rep, 'ownership', tuning.review.ownership);
  step.shiftRep(rep, 'morale', tuning.review.morale);
  return step.accept();
}
