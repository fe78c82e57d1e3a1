/**
 * Staying out on purpose. On a live deal the rep keeps it as their own; when
 * they had asked for help, the manager hands the problem back ("you run it,
 * tell me what you decide"): a short talk instead of the hours the request
 * would take. Handing back habit builds ownership. Handing back a real
 * obstacle the rep cannot yet handle hurts the deal and the rep's morale, and
 * a manager who keeps doing it is seen by the whole team as absent. On a
 * fresh loss it means letting the lesson go unreviewed.
 */

import { isOpen } from './deals';
import { clearRequests } from './helpRequests';
import { type MoveResult, reject } from './result';
import type { Deal, SeasonState } from './state';
import { Step } from './step';

/** Hours staying out gives back this week: the requests' hours less the talk that hands them back. */
export function stayOutFreesHours(state: SeasonState, deal: Deal): number {
  if (!isOpen(deal) || deal.helpRequests === 0 || deal.rescue) return 0;
  return deal.helpRequests * state.tuning.hours.helpRequest - state.tuning.hours.handBack;
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
  const handingBack = deal.helpRequests > 0 && !deal.rescue;
  step.note('stayedOut', deal.id, { detail: handingBack ? 'handedBack' : 'quiet' });
  if (handingBack) handBack(step, deal);
  return step.accept();
}

function handBack(step: Step, deal: Deal): void {
  const next = step.state;
  const { help, hours } = next.tuning;
  const cause = deal.help?.cause ?? 'habit';
  clearRequests(step, deal);
  next.manager.committedHours += hours.handBack;
  const rep = step.rep(deal.repId);
  if (!rep?.active) return;
  if (cause === 'habit') {
    step.shiftRep(rep, 'ownership', help.handBackOwnership);
    return;
  }
  // A real obstacle: a rep with the skill works it out; one without it cannot.
  if (step.draws.chance(rep.capability)) {
    step.shiftRep(rep, 'ownership', help.handBackOwnership / 2);
    return;
  }
  step.shiftDealQuality(deal, -help.handBackDealLoss);
  step.shiftRep(rep, 'morale', -help.handBackMoraleLoss);
  // The team notices: a manager who keeps doing this is seen as absent (see moraleTarget).
  next.manager.absence += 1;
}
