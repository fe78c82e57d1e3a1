/** Win odds: what a deal's strategy quality is worth when the customer decides. */
import { clamp } from './clamp';
import type { Deal } from './state';
import type { Tuning } from './tuning';
import type { Concession } from './vocabulary';

export function winOdds(quality: number, tuning: Tuning): number {
  const { oddsFloor, oddsScale, oddsExponent } = tuning.deals;
  return clamp(oddsFloor + oddsScale * clamp(quality) ** oddsExponent);
}

/** The odds after a rescue: a small lift, mostly from the concession, never above the cap. */
export function rescuedOdds(quality: number, concession: Concession, tuning: Tuning): number {
  const own = winOdds(quality, tuning);
  return Math.max(own, Math.min(tuning.rescue.oddsCap, own + tuning.rescue.lift[concession]));
}

/** The odds the deal will be decided with, whatever happened to it. */
export function dealOdds(deal: Deal, tuning: Tuning): number {
  return deal.rescue ? deal.rescue.odds : winOdds(deal.quality, tuning);
}
