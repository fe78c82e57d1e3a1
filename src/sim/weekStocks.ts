/**
 * Each rep's stocks at the end of a finished week, and at its start: the
 * week results animate from one to the other. Worked back from today's
 * values through the log, so it holds for any week still in the log.
 */
import type { LogEntry, SeasonState } from './state';
import { repStocks } from './vocabulary';

export interface Stocks {
  capability: number;
  ownership: number;
  morale: number;
}

export interface RepWeekStocks {
  repId: string;
  name: string;
  before: Stocks;
  after: Stocks;
}

function sumFor(entries: readonly LogEntry[], repId: string): Stocks {
  const sums: Stocks = { capability: 0, ownership: 0, morale: 0 };
  for (const entry of entries) {
    if (entry.subject !== repId || entry.delta === undefined) continue;
    const stock = entry.stock as keyof Stocks | undefined;
    if (stock && repStocks.includes(stock)) sums[stock] += entry.delta;
  }
  return sums;
}

export function weekStocks(state: SeasonState, week: number): RepWeekStocks[] {
  const during = state.pastLog[week - 1];
  if (!during) return [];
  const later = [...state.pastLog.slice(week).flat(), ...state.log];
  // Reps on the team now who were there through the week (not hired at its end or since).
  const hiredThen = new Set(
    [...during, ...later]
      .filter((entry) => entry.kind === 'repHired')
      .map((entry) => entry.subject),
  );
  return state.reps
    .filter((rep) => rep.active && !hiredThen.has(rep.id))
    .map((rep) => {
      const afterWeek = sumFor(later, rep.id);
      const inWeek = sumFor(during, rep.id);
      const after: Stocks = {
        capability: rep.capability - afterWeek.capability,
        ownership: rep.ownership - afterWeek.ownership,
        morale: rep.morale - afterWeek.morale,
      };
      return {
        repId: rep.id,
        name: rep.name,
        before: {
          capability: after.capability - inWeek.capability,
          ownership: after.ownership - inWeek.ownership,
          morale: after.morale - inWeek.morale,
        },
        after,
      };
    });
}
