/** Win odds: what a deal's strategy quality is worth when the customer decides. */
import { clamp } from './clamp';
import type { Deal } from './state';
import type { Tuning } from './tuning';
import type { Concession } from './vocabulary';

export function winOdds(quality: number, tuning: Tuning): number {
  const { oddsFloor, oddsScale, oddsExponent } = tuning.deals;
  return clamp(oddsFloor + oddsScale * clamp(quality) ** oddsExponent);
}

/**
 * The odds after a rescue. Pushed to decide now with nothing given away, the
 * buyer mostly says no: the deal keeps only a share of its odds. A concession
 * is what carries a rescue: a small lift on the deal's own odds, never above the cap.
 */
export function rescuedOdds(
  quality: number,
  concession: Concession,
  tuning: Tuning,
  /** A story call's concession against the usual one (0.5 to 1.5): it scales the lift. */
  size = 1,
): number {
  const own = winOdds(quality, tuning);
  const { oddsCap, bareOddsShare, lift } = tuning.rescue;
  return Math.min(
    oddsCap,
    concession === 'none' ? own * bareOddsShare : own + lift[concession] * size,
  );
}

/** The odds the deal will be decided with, whatever happened to it. */
export function dealOdds(deal: Deal, tuning: Tuning): number {
  return deal.rescue ? deal.rescue.odds : winOdds(deal.quality, tuning);
}
