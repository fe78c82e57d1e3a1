/** The figures of one finished week: what charts, the runner and the debrief read. */
import { mean } from './clamp';
import type { SeasonState, WeekRecord } from './state';

export interface WeekHoursFigures {
  demanded: number;
  worked: number;
  helpRequests: number;
}

export function recordWeek(state: SeasonState, hours: WeekHoursFigures): WeekRecord {
  const active = state.reps.filter((rep) => rep.active);
  return {
    week: state.week,
    capability: mean(active.map((rep) => rep.capability)),
    ownership: mean(active.map((rep) => rep.ownership)),
    morale: mean(active.map((rep) => rep.morale)),
    hoursDemanded: hours.demanded,
    hoursWorked: hours.worked,
    hoursCapacity: state.tuning.manager.normalHours,
    energy: state.manager.energy,
    bookings: state.ledger.bookings,
    discountGiven: state.ledger.discountGiven,
    marginGiven:
      state.ledger.discountGiven +
      state.ledger.freeServiceHours * state.tuning.rescue.freeServiceCost,
    helpRequests: hours.helpRequests,
    inbox: state.opened.inbox,
    freeHours: state.opened.hoursLeft,
    openDealsPerRep: state.opened.openDealsPerRep,
    dealsWon: state.ledger.dealsWon,
    dealsLost: state.ledger.dealsLost,
    repsQuit: state.ledger.repsQuit,
    coachingHours: state.weekHours.coach,
    rescueHours: state.weekHours.rescue,
    backlogHours: state.manager.backlogHours,
    burnedOut: state.manager.burnedOut,
  };
}
