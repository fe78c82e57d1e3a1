/**
 * Staying out on purpose. On a live deal the rep keeps it as their own; when
 * they had asked for help, the manager hands the problem back ("you run it,
 * tell me what you decide"): a short talk instead of the hours the requests
 * would take, a little more ownership, a little less comfort. On a fresh loss
 * it means letting the lesson go unreviewed.
 */
import { isOpen } from './deals';
import { type MoveResult, reject } from './result';
import type { Deal, SeasonState } from './state';
import { Step } from './step';

/** The short talk that hands a request for help back to the rep. */
export const handBackHours = 0.5;
const handBackOwnership = 0.02;
const handBackMorale = -0.01;

/** Hours staying out gives back this week: the requests' hours less the talk that hands them back. */
export function stayOutFreesHours(state: SeasonState, deal: Deal): number {
  if (!isOpen(deal) || deal.helpRequests === 0) return 0;
  return deal.helpRequests * (state.tuning.hours.helpRequest - handBackHours);
}

export function stayOut(state: SeasonState, dealId: string): MoveResult {
  if (state.ended) return reject('season-ended', 'The season is over.');
  const found = state.deals.find((d) => d.id === dealId);
  if (!found) return reject('unknown-deal', `There is no deal "${dealId}".`);
  const rep = state.reps.find((r) => r.id === found.repId);
  const freshLoss =
    found.status === 'lost' && rep?.lessons.some((lesson) => lesson.dealId === dealId);
  if (!isOpen(found) && !freshLoss)
    return reject('deal-closed', `${found.customer} is already decided.`);
  if (found.stayedOutWeek === state.week) {
    return reject('already-stayed-out', `You already stayed out of ${found.customer} this week.`);
  }

  const step = new Step(state, `d${state.nextDecisionNumber}`);
  const next = step.state;
  next.nextDecisionNumber += 1;
  const deal = step.deal(dealId)!;
  deal.stayedOutWeek = next.week;
  if (freshLoss) {
    step.note('stayedOut', deal.id, { detail: 'lesson' });
    const writable = step.rep(deal.repId)!;
    writable.lessons = writable.lessons.filter((lesson) => lesson.dealId !== dealId);
    return step.accept();
  }
  const handedBack = deal.helpRequests;
  step.note('stayedOut', deal.id, { detail: handedBack > 0 ? 'handedBack' : 'quiet' });
  if (handedBack > 0) {
    next.manager.helpRequests -= handedBack;
    next.manager.committedHours += handedBack * handBackHours;
    deal.helpRequests = 0;
    const writable = step.rep(deal.repId);
    if (writable?.active) {
      step.shiftRep(writable, 'ownership', handBackOwnership);
      step.shiftRep(writable, 'morale', handBackMorale);
    }
  }
  return step.accept();
}
