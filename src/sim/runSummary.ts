/**
 * Many seeded runs of one policy, summed up: per-week means, final figures
 * and how rescues went. This is the runner's JSON and the debrief's
 * many-seed comparison.
 */
import { mean } from './clamp';
import type { Deal, SeasonState, WeekRecord } from './state';

export const weekFigures = [
  'capability',
  'ownership',
  'morale',
  'hoursDemanded',
  'hoursCapacity',
  'energy',
  'bookings',
  'discountGiven',
  'helpRequests',
  'dealsWon',
  'dealsLost',
  'repsQuit',
] as const satisfies readonly (keyof WeekRecord)[];
export type WeekFigure = (typeof weekFigures)[number];

export type WeekMeans = { week: number } & Record<WeekFigure, number>;

export interface FinalFigures {
  capability: number;
  ownership: number;
  morale: number;
  energy: number;
  bookings: number;
  discountGiven: number;
  overloadWeeks: number;
  repsQuit: number;
  /** Share of runs that ended with the manager burned out. */
  burnedOut: number;
}

export interface RescueFigures {
  attempts: number;
  won: number;
  wonWithConcession: number;
  /** Mean discount, as a share of the deal's value, over rescues won with a discount. */
  meanDiscountOnWins: number;
}

/** What a summary reads of a season: its weeks' records and the deals it rescued (a whole state will do). */
export interface RunRecord {
  history: readonly WeekRecord[];
  deals: readonly Deal[];
}

/** The part of a season its summary reads: small enough to hand between threads. */
export function runRecord(state: SeasonState): RunRecord {
  return { history: state.history, deals: state.deals.filter((deal) => deal.rescue) };
}

export interface RunSummary {
  scenario: string;
  policy: string;
  runs: number;
  weeks: WeekMeans[];
  final: FinalFigures;
  rescues: RescueFigures;
}

export function summariseRescues(states: readonly RunRecord[]): RescueFigures {
  let attempts = 0;
  let won = 0;
  let wonWithConcession = 0;
  const discountShares: number[] = [];
  for (const state of states) {
    for (const deal of state.deals) {
      if (!deal.rescue || (deal.status !== 'won' && deal.status !== 'lost')) continue;
      attempts += 1;
      if (deal.status !== 'won') continue;
      won += 1;
      if (deal.rescue.concession !== 'none') wonWithConcession += 1;
      if (deal.discount > 0) discountShares.push(deal.discount / deal.value);
    }
  }
  return { attempts, won, wonWithConcession, meanDiscountOnWins: mean(discountShares) };
}

export function summariseRuns(
  scenario: string,
  policy: string,
  states: readonly RunRecord[],
): RunSummary {
  const weekCount = Math.min(...states.map((state) => state.history.length));
  const weeks: WeekMeans[] = [];
  for (let i = 0; i < weekCount; i += 1) {
    const records = states.map((state) => state.history[i]!);
    const row = { week: i + 1 } as WeekMeans;
    for (const figure of weekFigures) row[figure] = mean(records.map((record) => record[figure]));
    weeks.push(row);
  }
  const lasts = states.map((state) => state.history[weekCount - 1]!);
  return {
    scenario,
    policy,
    runs: states.length,
    weeks,
    final: {
      capability: mean(lasts.map((r) => r.capability)),
      ownership: mean(lasts.map((r) => r.ownership)),
      morale: mean(lasts.map((r) => r.morale)),
      energy: mean(lasts.map((r) => r.energy)),
      bookings: mean(lasts.map((r) => r.bookings)),
      discountGiven: mean(lasts.map((r) => r.discountGiven)),
      overloadWeeks: mean(
        states.map(
          (s) =>
            s.history.slice(0, weekCount).filter((r) => r.hoursDemanded > r.hoursCapacity).length,
        ),
      ),
      repsQuit: mean(lasts.map((r) => r.repsQuit)),
      burnedOut: mean(lasts.map((r) => (r.burnedOut ? 1 : 0))),
    },
    rescues: summariseRescues(states),
  };
}
