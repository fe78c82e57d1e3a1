/**
 * Comparing the many-seed runs of two policies: how often one leads on the
 * same seed, from which week one leads for good, what a stretch of weeks
 * booked. The balance tests, the calibration tool and the debrief's
 * comparison read these.
 */
import type { ConcessionFigures, RunSummary, WeekFigure } from './runSummary';
import type { Concession } from './vocabulary';

/** Share of seeds on which `a` has booked more than `b` by the end of `week` (runs paired by seed). */
export function leadShare(a: RunSummary, b: RunSummary, week: number): number {
  const theirs = new Map(b.perSeed.map((run) => [run.seed, run.bookingsByWeek[week - 1] ?? 0]));
  const paired = a.perSeed.filter((run) => theirs.has(run.seed));
  const leads = paired.filter((run) => (run.bookingsByWeek[week - 1] ?? 0) > theirs.get(run.seed)!);
  return paired.length > 0 ? leads.length / paired.length : 0;
}

/** The first week from which `a`'s mean cumulative bookings stay above `b`'s to the end, if any. */
export function leadsForGoodFrom(a: RunSummary, b: RunSummary): number | undefined {
  let from: number | undefined;
  a.weeks.forEach((row, i) => {
    const other = b.weeks[i];
    if (!other || row.bookings <= other.bookings) from = undefined;
    else from ??= row.week;
  });
  return from;
}

/** Mean bookings made in weeks `from` to `to`, both included. */
export function bookedBetween(summary: RunSummary, from: number, to: number): number {
  const before = from > 1 ? (summary.weeks[from - 2]?.bookings ?? 0) : 0;
  return (summary.weeks[to - 1]?.bookings ?? 0) - before;
}

/** The mean of a weekly figure over weeks `from` to `to`, both included. */
export function meanOverWeeks(
  summary: RunSummary,
  figure: WeekFigure,
  from: number,
  to: number,
): number {
  const rows = summary.weeks.slice(from - 1, to);
  return rows.reduce((sum, row) => sum + row[figure], 0) / Math.max(1, rows.length);
}

/** The share of rescues won, over the concessions named (all of them by default). */
export function rescueWinShare(
  summary: RunSummary,
  given: readonly Concession[] = ['none', 'discount', 'free-services'],
): number {
  const total = given
    .map((concession) => summary.rescues.byConcession[concession])
    .reduce<ConcessionFigures>(
      (sum, figures) => ({ attempts: sum.attempts + figures.attempts, won: sum.won + figures.won }),
      { attempts: 0, won: 0 },
    );
  return total.attempts > 0 ? total.won / total.attempts : 0;
}

/** The value below which a share `q` of the values fall (the nearest rank). */
export function quantile(values: readonly number[], q: number): number {
  const sorted = [...values].sort((x, y) => x - y);
  return sorted[Math.min(sorted.length - 1, Math.max(0, Math.ceil(q * sorted.length) - 1))] ?? 0;
}
