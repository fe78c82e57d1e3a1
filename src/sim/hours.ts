/**
 * The manager's week in hours: what the week can hold, what is already
 * spoken for before any choice, and what is left for coaching, rescues and
 * reviews.
 */
import { type Rejection, reject } from './result';
import type { SeasonState } from './state';

/** Hours the manager can work this week: less when drained, half when off sick. */
export function hoursCapacity(state: SeasonState): number {
  const { hardCapHours } = state.tuning.manager;
  const drained = 0.7 + 0.3 * state.manager.energy;
  return hardCapHours * drained * (state.manager.sickWeek ? 0.5 : 1);
}

/** Hours spoken for before the manager chooses anything. */
export function hoursSpokenFor(state: SeasonState): number {
  const { manager, tuning } = state;
  return (
    tuning.manager.adminHours +
    manager.extraAdminHours +
    manager.followUpHours +
    manager.helpRequests * tuning.hours.helpRequest
  );
}

/** Hours still free for choices this week (never negative). */
export function hoursLeft(state: SeasonState): number {
  return Math.max(0, hoursCapacity(state) - hoursSpokenFor(state) - state.manager.committedHours);
}

/** Everything asked of the manager this week, including last weeks' unfinished work. */
export function hoursDemanded(state: SeasonState): number {
  return hoursSpokenFor(state) + state.manager.committedHours + state.manager.backlogHours;
}

/** A rejection when the week has fewer free hours than the move needs. */
export function checkHours(state: SeasonState, hours: number, what: string): Rejection | undefined {
  const left = hoursLeft(state);
  if (left >= hours) return undefined;
  return reject(
    'not-enough-hours',
    `${what} takes ${hours} h; you have ${left.toFixed(1)} h left this week.`,
  );
}
