/**
 * What the model knows and the players do not, for the facilitator's
 * presenter view: each open deal's true strength (its hidden strategy
 * quality) with the odds that gives it today, the cause behind a request
 * for help, and each rep's stocks as numbers, with the manager's energy.
 */

import { isOpen } from './deals';
import { dealOdds } from './odds';
import type { SeasonState } from './state';
import type { DealStage, HelpCause } from './vocabulary';

export interface HiddenDeal {
  id: string;
  customer: string;
  repName: string;
  stage: DealStage;
  value: number;
  /** The deal's true strategy quality, 0..1. */
  strength: number;
  /** Its odds of winning as it stands, 0..1. */
  odds: number;
  /** Why its rep asked for help this week, when they did. */
  helpCause?: HelpCause;
}

export interface HiddenRep {
  id: string;
  name: string;
  capability: number;
  ownership: number;
  morale: number;
}

export interface HiddenValues {
  deals: HiddenDeal[];
  reps: HiddenRep[];
  energy: number;
}

export function hiddenValues(state: SeasonState): HiddenValues {
  const repName = (id: string) => state.reps.find((rep) => rep.id === id)?.name ?? id;
  return {
    deals: state.deals.filter(isOpen).map((deal) => ({
      id: deal.id,
      customer: deal.customer,
      repName: repName(deal.repId),
      stage: deal.status,
      value: deal.value,
      strength: deal.quality,
      odds: dealOdds(deal, state.tuning),
      ...(deal.help ? { helpCause: deal.help.cause } : {}),
    })),
    reps: state.reps
      .filter((rep) => rep.active)
      .map((rep) => ({
        id: rep.id,
        name: rep.name,
        capability: rep.capability,
        ownership: rep.ownership,
        morale: rep.morale,
      })),
    energy: state.manager.energy,
  };
}
