/**
 * The policy lab's figures as the debrief draws them: a chart per key figure
 * with the mean over the seasons in its 10th–90th percentile band beside this
 * season's own line, the status in a sentence, and the same figures as a
 * table, a row per week, for the DOM layer.
 */
import type { SeriesWeek } from '../sim/seasonSeries';
import { type SpreadFigure, spreadFigures } from '../sim/seasonSpread';
import type { DescriptionTable } from '../ui/DomLayer';
import { money, percent, points } from '../ui/format';
import { chartTitles, roundedMax } from './debriefCharts';
import type { LabStatus } from './labBench';
import { type LabResult, labChoiceWords, labSeasons } from './policyLab';

/** What the lab charts; morale is in its table. */
export const labCharts = ['capability', 'ownership', 'energy', 'bookings'] as const;

export interface LabChart {
  figure: SpreadFigure;
  title: string;
  max: number;
  format: (value: number) => string;
  mean: number[];
  low: number[];
  high: number[];
  /** This season, as played. */
  you: number[];
}

function formatOf(figure: SpreadFigure, currency: string): (value: number) => string {
  return figure === 'bookings' ? (value) => money(value, currency) : points;
}

export function labChartFigures(
  result: LabResult,
  season: readonly SeriesWeek[],
  currency: string,
): LabChart[] {
  return labCharts.map((figure) => {
    const spread = result.weeks.map((week) => week.figures[figure]);
    const you = season.map((week) => week[figure]);
    const high = spread.map((s) => s.high);
    return {
      figure,
      title: chartTitles[figure],
      max: figure === 'bookings' ? roundedMax([...high, ...you], 1) : 1,
      format: formatOf(figure, currency),
      mean: spread.map((s) => s.mean),
      low: spread.map((s) => s.low),
      high,
      you,
    };
  });
}

/** Where the lab stands, in a sentence. */
export function labStatusWords(
  status: LabStatus,
  result: LabResult | undefined,
  ms: number,
  failure?: string,
): string {
  switch (status) {
    case 'ready':
      return `Pick a player and run it: ${labSeasons} seasons of this scenario, each on its own seed, show what it does on average and how far luck spreads it.`;
    case 'running':
      return `Playing ${labSeasons} seasons…`;
    case 'failed':
      return `The lab could not run: ${failure ?? 'no reason given'}. Press run to try again.`;
    case 'done':
      return result
        ? `${labChoiceWords(result.choice)}. ${result.seeds.length} seasons in ${ms < 1000 ? `${Math.round(ms)} ms` : `${(ms / 1000).toFixed(1)} s`}; ${percent(result.madeQuota)} of them made quota. The line is the mean, the band holds the middle 80 % of seasons.`
        : '';
  }
}

export function labTable(
  status: LabStatus,
  result: LabResult | undefined,
  currency: string,
): DescriptionTable {
  return {
    caption: result
      ? `Policy lab: ${labChoiceWords(result.choice)}, over ${result.seeds.length} seasons; each figure's mean, then its 10th to 90th percentile`
      : 'Policy lab: not run yet',
    head: ['Week', ...spreadFigures.map((figure) => chartTitles[figure])],
    rows: (result?.weeks ?? []).map((week) => [
      `Week ${week.week}`,
      ...spreadFigures.map((figure) => {
        const format = formatOf(figure, currency);
        const spread = week.figures[figure];
        return `${format(spread.mean)} (${format(spread.low)}–${format(spread.high)})`;
      }),
    ]),
    data: { debriefSection: 'lab', labStatus: status },
  };
}
