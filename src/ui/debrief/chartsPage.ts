/**
 * The debrief's charts: the player's line beside the roads not taken (and a
 * line to measure against, when the chart has one), and the decisions as
 * marks on the time axis. Every figure comes from src/app/debriefCharts.
 */
import type { ChartFigures } from '../../app/debriefCharts';
import { decisionMarks, markLetters, type SeriesWeek } from '../../sim/seasonSeries';
import { type ChartSeries, LineChart, type MarkerShape } from '../LineChart';
import { debrief, type Region } from '../layout';
import { addPanel } from '../Panel';
import { palette } from '../palette';
import { lineHeight, textStyle } from '../typography';
import type { DebriefHost } from './debriefHost';

/** The player's line and the two roads: a colour and a marker shape each, never colour alone. */
export const lineLooks: { colour: number; marker: MarkerShape }[] = [
  { colour: palette.yellow, marker: 'circle' },
  { colour: palette.bluishGreen, marker: 'square' },
  { colour: palette.orange, marker: 'triangle' },
];

/** The lines a chart draws: the player's, each road's (faint) and the reference's. */
export function chartLines(chart: ChartFigures): ChartSeries[] {
  return [
    { name: 'You', ...lineLooks[0]!, values: chart.you },
    ...chart.roads.map((road, index) => ({
      name: road.name,
      ...lineLooks[index + 1]!,
      values: road.values,
      faint: true,
    })),
    ...(chart.reference
      ? [
          {
            name: chart.reference.name,
            colour: palette.inkMuted,
            marker: 'diamond' as const,
            values: chart.reference.values,
            faint: true,
          },
        ]
      : []),
  ];
}

export function drawChart(
  host: DebriefHost,
  region: Region,
  chart: ChartFigures,
  series: readonly SeriesWeek[],
): LineChart {
  const inner = addPanel(host.scene, region, { heading: chart.title });
  return new LineChart(
    host.scene,
    inner,
    chartLines(chart),
    series.map((week) => `W${week.week}`),
    { max: chart.max, label: chart.format },
  );
}

/** The decisions as marks on the time axis: a row per kind, a cell per week with the count. */
export function drawMarks(host: DebriefHost, region: Region, series: readonly SeriesWeek[]): void {
  const scene = host.scene;
  const inner = addPanel(scene, region, { heading: 'Your decisions, week by week' });
  const rowHeight = Math.min(56, (inner.height - lineHeight('small')) / decisionMarks.length);
  const cell = (inner.width - debrief.marksLabel) / Math.max(1, series.length);
  const names = { coach: 'coach', rescue: 'rescue', review: 'review', handBack: 'hand back' };
  decisionMarks.forEach((mark, row) => {
    const y = inner.y + row * rowHeight;
    scene.add.text(
      inner.x,
      y,
      `${markLetters[mark]}  ${names[mark]}`,
      textStyle('small', { bold: true }),
    );
    series.forEach((week, index) => {
      const count = week.marks[mark];
      if (count === 0) return;
      scene.add
        .text(
          inner.x + debrief.marksLabel + (index + 0.5) * cell,
          y,
          String(count),
          textStyle('small', { bold: true, colour: palette.yellow }),
        )
        .setOrigin(0.5, 0);
    });
  });
  const axisY = inner.y + decisionMarks.length * rowHeight;
  series.forEach((week, index) => {
    if (index % Math.max(1, Math.ceil(series.length / 7)) !== 0) return;
    scene.add
      .text(
        inner.x + debrief.marksLabel + (index + 0.5) * cell,
        axisY,
        `W${week.week}`,
        textStyle('small', { colour: palette.inkMuted }),
      )
      .setOrigin(0.5, 0);
  });
}
