/**
 * The season at its end, in a few figures: money, deals, what the manager
 * chose, and how the team and the manager came out of it.
 */
import type { StockPoint } from './quarterReview';
import { weeksPerQuarter } from './selectors';
import type { SeasonState } from './state';

export interface StocksAt {
  capability: number;
  ownership: number;
  morale: number;
  energy: number;
}

export interface SeasonSummary {
  weeksPlayed: number;
  bookings: number;
  /** The quota for the weeks played. */
  quota: number;
  discountGiven: number;
  freeServiceHours: number;
  margin: number;
  dealsWon: number;
  dealsLost: number;
  choices: { coached: number; told: number; rescued: number; reviewed: number; stayedOut: number };
  rescues: { decided: number; won: number };
  helpRequests: number;
  repsQuit: number;
  overloadWeeks: number;
  burnedOutWeeks: number;
  /** Team means and the manager's energy as week 1 opened, and at the end. */
  first: StocksAt;
  last: StocksAt | undefined;
  /** The same, week by week, for a chart. */
  stocks: StockPoint[];
}

export function seasonSummary(state: SeasonState): SeasonSummary {
  const { ledger, history } = state;
  const entries = [...state.pastLog.flat(), ...state.log];
  const count = (kind: string, detail?: string) =>
    entries.filter((e) => e.kind === kind && (detail === undefined || e.detail === detail)).length;
  const rescued = state.deals.filter((deal) => deal.rescue);
  const decided = rescued.filter((deal) => deal.status === 'won' || deal.status === 'lost');
  const at = (index: number): StocksAt | undefined => {
    const record = history[index];
    return record
      ? {
          capability: record.capability,
          ownership: record.ownership,
          morale: record.morale,
          energy: record.energy,
        }
      : undefined;
  };
  return {
    weeksPlayed: history.length,
    bookings: ledger.bookings,
    quota: (state.quotaPerQuarter * history.length) / weeksPerQuarter,
    discountGiven: ledger.discountGiven,
    freeServiceHours: ledger.freeServiceHours,
    margin:
      ledger.bookings + ledger.discountGiven > 0
        ? ledger.bookings / (ledger.bookings + ledger.discountGiven)
        : 1,
    dealsWon: ledger.dealsWon,
    dealsLost: ledger.dealsLost,
    choices: {
      coached: count('coached'),
      told: count('coached', 'tell'),
      rescued: count('rescued'),
      reviewed: count('reviewed'),
      stayedOut: count('stayedOut'),
    },
    rescues: { decided: decided.length, won: decided.filter((d) => d.status === 'won').length },
    helpRequests: ledger.helpRequests,
    repsQuit: ledger.repsQuit,
    overloadWeeks: ledger.overloadWeeks,
    burnedOutWeeks: history.filter((record) => record.burnedOut).length,
    first: { ...state.opening },
    last: at(history.length - 1),
    stocks: [
      { week: 0, ...state.opening },
      ...history.map((record) => ({
        week: record.week,
        capability: record.capability,
        ownership: record.ownership,
        morale: record.morale,
        energy: record.energy,
      })),
    ],
  };
}
