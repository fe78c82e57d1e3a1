/**
 * A quarter looked back on: bookings against quota, what was given away,
 * the deals decided, the manager's hours, and the team's stocks week by
 * week for the charts.
 */
import { weeksPerQuarter } from './selectors';
import type { SeasonState, WeekRecord } from './state';

export interface StockPoint {
  week: number;
  capability: number;
  ownership: number;
  morale: number;
  energy: number;
}

export interface QuarterReview {
  quarter: number;
  firstWeek: number;
  lastWeek: number;
  bookings: number;
  quota: number;
  discountGiven: number;
  /** Bookings as a share of what the won deals were worth before discounts. */
  margin: number;
  dealsWon: number;
  dealsLost: number;
  repsQuit: number;
  helpRequests: number;
  meanHoursDemanded: number;
  normalHours: number;
  overloadWeeks: number;
  burnedOutWeeks: number;
  /** Team means (and the manager's energy) at the end of each week, from the week before (0: as week 1 opened). */
  stocks: StockPoint[];
}

function point(record: WeekRecord): StockPoint {
  return {
    week: record.week,
    capability: record.capability,
    ownership: record.ownership,
    morale: record.morale,
    energy: record.energy,
  };
}

const zero = {
  bookings: 0,
  discountGiven: 0,
  dealsWon: 0,
  dealsLost: 0,
  repsQuit: 0,
};

export function quarterReview(state: SeasonState, quarter: number): QuarterReview | undefined {
  const firstWeek = (quarter - 1) * weeksPerQuarter + 1;
  const records = state.history.filter(
    (record) => record.week >= firstWeek && record.week < firstWeek + weeksPerQuarter,
  );
  const last = records.at(-1);
  if (!last) return undefined;
  const before = state.history.find((record) => record.week === firstWeek - 1);
  const base = before ?? zero;
  const bookings = last.bookings - base.bookings;
  const discountGiven = last.discountGiven - base.discountGiven;
  const quota =
    state.quotaPerQuarter *
    (records.length === weeksPerQuarter ? 1 : records.length / weeksPerQuarter);
  return {
    quarter,
    firstWeek,
    lastWeek: last.week,
    bookings,
    quota,
    discountGiven,
    margin: bookings + discountGiven > 0 ? bookings / (bookings + discountGiven) : 1,
    dealsWon: last.dealsWon - base.dealsWon,
    dealsLost: last.dealsLost - base.dealsLost,
    repsQuit: last.repsQuit - base.repsQuit,
    helpRequests: records.reduce((sum, record) => sum + record.helpRequests, 0),
    meanHoursDemanded:
      records.reduce((sum, record) => sum + record.hoursDemanded, 0) / records.length,
    normalHours: state.tuning.manager.normalHours,
    overloadWeeks: records.filter(
      (record) => record.hoursDemanded > state.tuning.manager.normalHours,
    ).length,
    burnedOutWeeks: records.filter((record) => record.burnedOut).length,
    stocks: [before ? point(before) : { week: 0, ...state.opening }, ...records.map(point)],
  };
}
