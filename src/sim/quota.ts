/**
 * Quota pressure: near the end of a quarter, the gap between what is booked
 * and the quarter's quota presses on the team and the manager. Reps plead to
 * save late deals and the manager's own manager asks for more forecast calls.
 */

import { quarterOf, weeksLeftInQuarter, weeksPerQuarter } from './calendar';
import { clamp } from './clamp';
import type { SeasonState } from './state';

/** Bookings made in a quarter so far. */
export function quarterBookings(state: SeasonState, quarter: number): number {
  const before = state.history[(quarter - 1) * weeksPerQuarter - 1]?.bookings ?? 0;
  return state.ledger.bookings - before;
}

/** 0 outside the quarter's last weeks; there, the gap to quota as a share of it. */
export function quotaPressure(state: SeasonState): number {
  if (weeksLeftInQuarter(state.week) > state.tuning.quota.pressureWeeks) return 0;
  if (state.quotaPerQuarter <= 0) return 0;
  const booked = quarterBookings(state, quarterOf(state.week));
  return clamp(1 - booked / state.quotaPerQuarter);
}
