/**
 * Many seasons of one scenario read together, week by week: for each figure,
 * the mean over the seasons and the spread between the 10th and the 90th
 * percentile, what the policy lab draws as a line in a band.
 */
import type { SeriesWeek } from './seasonSeries';

/** The figures the lab reads from each season's weeks. */
export const spreadFigures = ['capability', 'ownership', 'morale', 'energy', 'bookings'] as const;
export type SpreadFigure = (typeof spreadFigures)[number];

export interface Spread {
  mean: number;
  /** The 10th and the 90th percentile. */
  low: number;
  high: number;
}

export interface SpreadWeek {
  week: number;
  /** How many of the seasons reached this week. */
  seasons: number;
  figures: Record<SpreadFigure, Spread>;
}

/** The value below which this share of the sorted values lies, read between the two nearest. */
export function percentile(sorted: readonly number[], share: number): number {
  if (sorted.length === 0) return 0;
  const at = Math.min(1, Math.max(0, share)) * (sorted.length - 1);
  const below = Math.floor(at);
  const above = Math.min(sorted.length - 1, below + 1);
  return sorted[below]! + (sorted[above]! - sorted[below]!) * (at - below);
}

export function spreadOf(values: readonly number[]): Spread {
  const sorted = [...values].sort((a, b) => a - b);
  const mean =
    sorted.length > 0 ? sorted.reduce((sum, value) => sum + value, 0) / sorted.length : 0;
  return { mean, low: percentile(sorted, 0.1), high: percentile(sorted, 0.9) };
}

/** The seasons' weeks side by side: week n of every season that reached it. */
export function seasonSpread(seasons: readonly (readonly SeriesWeek[])[]): SpreadWeek[] {
  const weeks = Math.max(0, ...seasons.map((season) => season.length));
  return Array.from({ length: weeks }, (_, index) => {
    const reached = seasons
      .map((season) => season[index])
      .filter((week): week is SeriesWeek => week !== undefined);
    const figures = Object.fromEntries(
      spreadFigures.map((figure) => [figure, spreadOf(reached.map((week) => week[figure]))]),
    ) as Record<SpreadFigure, Spread>;
    return { week: reached[0]?.week ?? index + 1, seasons: reached.length, figures };
  });
}
