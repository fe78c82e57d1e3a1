/**
 * Staying out of a deal on purpose: no hours, no help, and the rep keeps the
 * deal as their own. When the rep asked for help, trusting them lifts their
 * ownership a little.
 */
import { isOpen } from './deals';
import { type MoveResult, reject } from './result';
import type { SeasonState } from './state';
import { Step } from './step';

const trustOwnership = 0.01;

export function stayOut(state: SeasonState, dealId: string): MoveResult {
  if (state.ended) return reject('season-ended', 'The season is over.');
  const found = state.deals.find((d) => d.id === dealId);
  if (!found) return reject('unknown-deal', `There is no deal "${dealId}".`);
  if (!isOpen(found)) return reject('deal-closed', `${found.customer} is already decided.`);
  const step = new Step(state, `d${state.nextDecisionNumber}`);
  step.state.nextDecisionNumber += 1;
  const deal = step.deal(dealId)!;
  step.note('stayedOut', deal.id);
  deal.stayedOutWeek = step.state.week;
  if (deal.helpRequests > 0) {
    const rep = step.rep(deal.repId);
    if (rep?.active) step.shiftRep(rep, 'ownership', trustOwnership);
  }
  return { ok: true, state: step.finish() };
}
