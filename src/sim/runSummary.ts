/**
 * Many seeded runs of one policy, summed up: per-week means, final figures,
 * how rescues went (by what was given away), and each seed's own weeks. This
 * is the runner's JSON and the debrief's many-seed comparison.
 */
import { mean } from './clamp';
import type { Deal, SeasonState, WeekRecord } from './state';
import { type Concession, concessions } from './vocabulary';

export const weekFigures = [
  'capability',
  'ownership',
  'morale',
  'hoursDemanded',
  'hoursCapacity',
  'energy',
  'bookings',
  'discountGiven',
  'marginGiven',
  'helpRequests',
  'inbox',
  'freeHours',
  'openDealsPerRep',
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
  /** Discounts plus the cost of free services given away, money. */
  marginGiven: number;
  overloadWeeks: number;
  repsQuit: number;
  /** Share of runs that ended with the manager burned out. */
  burnedOut: number;
}

export interface ConcessionFigures {
  attempts: number;
  won: number;
}

export interface RescueFigures {
  attempts: number;
  won: number;
  wonWithConcession: number;
  /** Mean discount, as a share of the deal's value, over rescues won with a discount. */
  meanDiscountOnWins: number;
  /** Rescues decided, and won, by what was given away. */
  byConcession: Record<Concession, ConcessionFigures>;
}

/** One seed's season, week by week. */
export interface SeedFigures {
  seed: number;
  /** Cumulative bookings at the end of each week. */
  bookingsByWeek: number[];
  /** Hours left to choose with when each week opened. */
  freeHoursByWeek: number[];
  /** Decisions the inbox offered when each week opened. */
  inboxByWeek: number[];
  final: FinalFigures;
}

/** What a summary reads of a season: its weeks' records and the deals it rescued (a whole state will do). */
export interface RunRecord {
  seed: number;
  history: readonly WeekRecord[];
  deals: readonly Deal[];
}

/** The part of a season its summary reads: small enough to hand between threads. */
export function runRecord(state: SeasonState): RunRecord {
  return {
    seed: state.seed,
    history: state.history,
    deals: state.deals.filter((deal) => deal.rescue),
  };
}

export interface RunSummary {
  scenario: string;
  policy: string;
  runs: number;
  weeks: WeekMeans[];
  final: FinalFigures;
  rescues: RescueFigures;
  perSeed: SeedFigures[];
}

export function summariseRescues(states: readonly RunRecord[]): RescueFigures {
  let attempts = 0;
  let won = 0;
  let wonWithConcession = 0;
  const discountShares: number[] = [];
  const byConcession = Object.fromEntries(
    concessions.map((concession) => [concession, { attempts: 0, won: 0 }]),
  ) as Record<Concession, ConcessionFigures>;
  for (const state of states) {
    for (const deal of state.deals) {
      if (!deal.rescue || (deal.status !== 'won' && deal.status !== 'lost')) continue;
      const mine = byConcession[deal.rescue.concession];
      attempts += 1;
      mine.attempts += 1;
      if (deal.status !== 'won') continue;
      won += 1;
      mine.won += 1;
      if (deal.rescue.concession !== 'none') wonWithConcession += 1;
      if (deal.discount > 0) discountShares.push(deal.discount / deal.value);
    }
  }
  return {
    attempts,
    won,
    wonWithConcession,
    meanDiscountOnWins: mean(discountShares),
    byConcession,
  };
}

function overloadWeeks(records: readonly WeekRecord[]): number {
  return records.filter((r) => r.hoursDemanded > r.hoursCapacity).length;
}

/** The figures at the end of the weeks played, averaged over the runs. */
export function finalFigures(states: readonly RunRecord[], weekCount: number): FinalFigures {
  const lasts = states.map((state) => state.history[weekCount - 1]!);
  return {
    capability: mean(lasts.map((r) => r.capability)),
    ownership: mean(lasts.map((r) => r.ownership)),
    morale: mean(lasts.map((r) => r.morale)),
    energy: mean(lasts.map((r) => r.energy)),
    bookings: mean(lasts.map((r) => r.bookings)),
    discountGiven: mean(lasts.map((r) => r.discountGiven)),
    marginGiven: mean(lasts.map((r) => r.marginGiven)),
    overloadWeeks: mean(states.map((s) => overloadWeeks(s.history.slice(0, weekCount)))),
    repsQuit: mean(lasts.map((r) => r.repsQuit)),
    burnedOut: mean(lasts.map((r) => (r.burnedOut ? 1 : 0))),
  };
}

export function seedFigures(state: RunRecord, weekCount: number): SeedFigures {
  const records = state.history.slice(0, weekCount);
  return {
    seed: state.seed,
    bookingsByWeek: records.map((r) => r.bookings),
    freeHoursByWeek: records.map((r) => r.freeHours),
    inboxByWeek: records.map((r) => r.inbox),
    final: finalFigures([state], weekCount),
  };
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
  return {
    scenario,
    policy,
    runs: states.length,
    weeks,
    final: finalFigures(states, weekCount),
    rescues: summariseRescues(states),
    perSeed: states.map((state) => seedFigures(state, weekCount)),
  };
}
