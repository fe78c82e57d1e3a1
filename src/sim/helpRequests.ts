/**
 * Reps ask the manager for help. Reps who own their deals and know how to run
 * them ask rarely; reps who have learned that the manager closes ask often,
 * and more so for deals at risk. Each request costs the manager hours.
 */
import { isAtRisk, isOpen } from './deals';
import type { Deal, Rep } from './state';
import type { Step } from './step';

/** Expected requests per week from this rep. */
export function helpRequestRate(
  rep: Rep,
  openDeals: number,
  atRiskDeals: number,
  helpBase: number,
): number {
  if (openDeals === 0) return 0;
  return (
    helpBase *
    (1 - rep.ownership) ** 2 *
    (1.2 - rep.capability) *
    (1 + 0.4 * atRiskDeals) *
    (1 + 0.3 * rep.rescuedRecently) *
    Math.min(1, openDeals / 3)
  );
}

/** Clears last week's requests and draws this week's, attached to the rep's deals. */
export function drawHelpRequests(step: Step): void {
  const state = step.state;
  const tuning = state.tuning;
  for (const deal of state.deals) {
    if (deal.helpRequests > 0) step.deal(deal.id)!.helpRequests = 0;
  }
  state.manager.helpRequests = 0;
  // Each rep's open deals, in pipeline order, gathered in one pass.
  const openByRep = new Map<string, Deal[]>();
  for (const deal of state.deals) {
    if (!isOpen(deal)) continue;
    const list = openByRep.get(deal.repId);
    if (list) list.push(deal);
    else openByRep.set(deal.repId, [deal]);
  }
  for (const rep of state.reps) {
    if (!rep.active) continue;
    const open = openByRep.get(rep.id) ?? [];
    const atRisk = open.filter((deal) => isAtRisk(deal, tuning));
    const rate = helpRequestRate(rep, open.length, atRisk.length, tuning.reps.helpBase);
    const count = step.draws.poisson(rate);
    // At-risk deals first, then the rest, each group in a drawn order; a dependent rep asks more than once a deal.
    const candidates = [
      ...shuffle(step, atRisk),
      ...shuffle(
        step,
        open.filter((deal) => !atRisk.includes(deal)),
      ),
    ];
    for (let i = 0; i < count; i += 1) {
      const deal = step.deal(candidates[i % candidates.length]!.id)!;
      deal.helpRequests += 1;
      state.manager.helpRequests += 1;
      state.ledger.helpRequests += 1;
      step.note('helpRequested', deal.id, { detail: rep.id });
    }
  }
}

function shuffle<T>(step: Step, items: T[]): T[] {
  const copy = [...items];
  for (let i = copy.length - 1; i > 0; i -= 1) {
    const j = step.draws.integer(0, i);
    [copy[i], copy[j]] = [copy[j]!, copy[i]!];
  }
  return copy;
}
