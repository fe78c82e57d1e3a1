/**
 * The manager's week in hours: what the week can hold, what is already
 * spoken for before any choice, and what is left for coaching, rescues and
 * reviews.
 */
import { isOpen } from './deals';
import type { SeasonState } from './state';

/** Requests for help the manager fields this week. */
export function helpRequestCount(state: SeasonState): number {
  return state.deals.reduce((sum, deal) => sum + (isOpen(deal) ? deal.helpRequests : 0), 0);
}

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
    helpRequestCount(state) * tuning.hours.helpRequest
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
