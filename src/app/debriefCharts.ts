/**
 * The debrief's charts as plain figures: for each one, the player's line and
 * the two roads not taken, its scale and how its values read; and the same
 * figures as tables, a row per week, for the DOM layer. Scenes draw these;
 * they compute nothing.
 */
import {
  type DecisionMark,
  decisionMarks,
  markLetters,
  type SeriesWeek,
} from '../sim/seasonSeries';
import type { DescriptionTable } from '../ui/DomLayer';
import { hours, money, points } from '../ui/format';
import type { Road } from './roadsNotTaken';

export const debriefCharts = [
  'capability',
  'ownership',
  'morale',
  'energy',
  'hoursDemanded',
  'bookings',
  'helpRequests',
] as const;
export type DebriefChart = (typeof debriefCharts)[number];

export interface ChartFigures {
  chart: DebriefChart;
  title: string;
  /** The top of the value axis. */
  max: number;
  format: (value: number) => string;
  you: number[];
  roads: { name: string; values: number[] }[];
  /** A line to measure against (the normal week, the quota), when the chart has one. */
  reference?: { name: string; values: number[] };
}

export const chartTitles: Record<DebriefChart, string> = {
  capability: 'Team capability',
  ownership: 'Team ownership',
  morale: 'Team morale',
  energy: 'Your energy',
  hoursDemanded: 'Hours asked of you each week',
  bookings: 'Bookings so far',
  helpRequests: 'Requests for help each week',
};

/** A round top for the axis: the next step of 10, 100, 1,000… above the largest value. */
export function roundedMax(values: readonly number[], floor: number): number {
  const largest = Math.max(floor, ...values);
  const step = 10 ** Math.max(0, Math.floor(Math.log10(largest)));
  return Math.ceil(largest / step) * step;
}

export function chartFigures(
  series: readonly SeriesWeek[],
  roads: readonly Pick<Road, 'name' | 'series'>[],
  currency: string,
): ChartFigures[] {
  return debriefCharts.map((chart) => {
    const you = series.map((week) => week[chart]);
    const others = roads.map((road) => ({
      name: road.name,
      values: road.series.map((week) => week[chart]),
    }));
    const all = [...you, ...others.flatMap((road) => road.values)];
    const base = { chart, title: chartTitles[chart], you, roads: others };
    switch (chart) {
      case 'hoursDemanded': {
        const normal = series.map((week) => week.normalHours);
        return {
          ...base,
          max: roundedMax([...all, ...normal], 60),
          format: hours,
          reference: { name: 'Normal week', values: normal },
        };
      }
      case 'bookings': {
        const quota = series.map((week) => week.quota);
        return {
          ...base,
          max: roundedMax([...all, ...quota], 1),
          format: (value: number) => money(value, currency),
          reference: { name: 'Quota', values: quota },
        };
      }
      case 'helpRequests':
        return { ...base, max: roundedMax(all, 5), format: (value) => String(Math.round(value)) };
      default:
        return { ...base, max: 1, format: points };
    }
  });
}

/** The week's decisions as marks: "C2 V1" (two coaching sessions, one review). */
export function markWords(marks: Record<DecisionMark, number>): string {
  const words = decisionMarks
    .filter((mark) => marks[mark] > 0)
    .map((mark) => `${markLetters[mark]}${marks[mark]}`);
  return words.length > 0 ? words.join(' ') : '–';
}

/** The charts as tables: this season's figures, and the roads not taken beside them. */
export function chartTables(
  charts: readonly ChartFigures[],
  series: readonly SeriesWeek[],
): DescriptionTable[] {
  const weekName = (index: number) => `Week ${series[index]?.week ?? index + 1}`;
  const own: DescriptionTable = {
    caption: 'Your season, week by week (C coach, R rescue, V review, H hand back)',
    head: ['Week', ...charts.map((chart) => chart.title), 'Your decisions'],
    rows: series.map((week, index) => [
      weekName(index),
      ...charts.map((chart) => chart.format(chart.you[index] ?? 0)),
      markWords(week.marks),
    ]),
    data: { debriefSection: 'charts' },
  };
  const played = (charts[0]?.roads.length ?? 0) > 2;
  const roads = sideBySide(
    charts,
    series,
    `The roads not taken: the same season played by always coaching early and by always rescuing late${played ? ', and the other roads the room played after a rewind' : ''}`,
    'roads',
  );
  return [own, roads];
}

/** Each chart's line beside the roads', a row per week: the roads-not-taken and played-forward tables. */
export function sideBySide(
  charts: readonly ChartFigures[],
  series: readonly SeriesWeek[],
  caption: string,
  section: string,
  you = 'you',
): DescriptionTable {
  return {
    caption,
    head: [
      'Week',
      ...charts.flatMap((chart) => [
        `${chart.title}: ${you}`,
        ...chart.roads.map((road) => `${chart.title}: ${road.name.toLowerCase()}`),
      ]),
    ],
    rows: series.map((week, index) => [
      `Week ${week.week}`,
      ...charts.flatMap((chart) => [
        chart.format(chart.you[index] ?? 0),
        // A road the room left earlier has no figure past where it stopped.
        ...chart.roads.map((road) => {
          const value = road.values[index];
          return value === undefined ? '–' : chart.format(value);
        }),
      ]),
    ]),
    data: { debriefSection: section },
  };
}
