/**
 * The debrief's charts: the player's line beside the roads not taken (and a
 * line to measure against, when the chart has one), and the decisions as
 * marks on the time axis. Every figure comes from src/app/debriefCharts.
 */
import type Phaser from 'phaser';
import { cursorAfter, type WeekValues, weekValues, weekValuesWords } from '../../app/chartCursor';
import type { ChartFigures } from '../../app/debriefCharts';
import { decisionMarks, markLetters, type SeriesWeek } from '../../sim/seasonSeries';
import { tellCanvasChanged } from '../canvasChanged';
import { type ChartSeries, LineChart, type MarkerShape } from '../LineChart';
import { debrief, type Region, space, stroke } from '../layout';
import { addPanel } from '../Panel';
import { palette } from '../palette';
import { lineHeight, textStyle } from '../typography';
import type { DebriefHost } from './debriefHost';

/**
 * The player's line, the two roads, then the other roads the room played
 * (after a rewind): a colour and a marker shape each, never colour alone,
 * and each named at its end.
 */
export const lineLooks: { colour: number; marker: MarkerShape }[] = [
  { colour: palette.yellow, marker: 'circle' },
  { colour: palette.bluishGreen, marker: 'square' },
  { colour: palette.orange, marker: 'triangle' },
  { colour: palette.skyBlue, marker: 'diamond' },
  { colour: palette.reddishPurple, marker: 'circle' },
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

/** The chart's lines over the weeks, in the region. */
export function lineChartOf(
  scene: Phaser.Scene,
  region: Region,
  chart: ChartFigures,
  series: readonly SeriesWeek[],
): LineChart {
  return new LineChart(
    scene,
    region,
    chartLines(chart),
    series.map((week) => `W${week.week}`),
    { max: chart.max, label: chart.format },
  );
}

/**
 * A chart in its panel. Focused from the keyboard (its DOM twin is a button
 * over the panel), it shows a week cursor with every line's value there;
 * left and right move it a week, Home and End to the ends; the values are
 * the button's words too.
 */
export function drawChart(
  host: DebriefHost,
  region: Region,
  chart: ChartFigures,
  series: readonly SeriesWeek[],
): LineChart {
  const { scene } = host;
  const inner = addPanel(scene, region, { heading: chart.title });
  const drawn = lineChartOf(scene, inner, chart, series);
  let index = series.length - 1;
  let cursor: Phaser.GameObjects.GameObject[] = [];
  const valuesAt = () => weekValues(chart, `week ${series[index]?.week ?? index + 1}`, index);
  const hint = 'Left and right arrows move the week.';
  const element = host.dom.button({
    text: [weekValuesWords(chart.title, valuesAt())],
    action: 'choose',
    region,
    description: hint,
    once: false,
    data: { chart: chart.chart },
    onActivate: () => host.announce(weekValuesWords(chart.title, valuesAt())),
    onHighlight: (on) => {
      for (const object of cursor) object.destroy();
      cursor = on ? drawCursor(host, drawn, valuesAt(), index) : [];
      tellCanvasChanged(scene);
    },
  });
  element.addEventListener('keydown', (event) => {
    const next = cursorAfter(event.key, index, series.length);
    if (next === undefined) return;
    event.preventDefault();
    index = next;
    for (const object of cursor) object.destroy();
    cursor = drawCursor(host, drawn, valuesAt(), index);
    const words = weekValuesWords(chart.title, valuesAt());
    host.dom.setText(element, [words]);
    host.announce(words);
    tellCanvasChanged(scene);
  });
  return drawn;
}

/** The week cursor: a line at the week, and the values written in a box beside it. */
function drawCursor(
  host: DebriefHost,
  chart: LineChart,
  values: WeekValues,
  index: number,
): Phaser.GameObjects.GameObject[] {
  const { scene } = host;
  const x = chart.xAt(index);
  const { plot } = chart;
  const line = scene.add.graphics();
  line.lineStyle(4, palette.ink, 1);
  line.lineBetween(x, plot.y, x, plot.y + plot.height);
  const words = [capitalised(values.week), ...values.values.map((v) => `${v.name} ${v.value}`)];
  const text = scene.add.text(0, 0, words.join('\n'), textStyle('small', { bold: true }));
  const width = text.width + 2 * space.md;
  const height = text.height + 2 * space.sm;
  // Beside the line, on the side with room; inside the plot.
  const left = x + space.md + width <= plot.x + plot.width ? x + space.md : x - space.md - width;
  const box = scene.add
    .rectangle(
      Math.max(plot.x, left),
      plot.y,
      width,
      Math.min(height, plot.height),
      palette.panelRaised,
    )
    .setOrigin(0, 0)
    .setStrokeStyle(stroke.thin, palette.yellow);
  text.setPosition(box.x + space.md, box.y + space.sm);
  return [line, box, text.setDepth(1)];
}

const capitalised = (text: string) => text.charAt(0).toUpperCase() + text.slice(1);

/** The decisions as marks on the time axis: a row per kind, a cell per week with the count. */
export function drawMarks(host: DebriefHost, region: Region, series: readonly SeriesWeek[]): void {
  const scene = host.scene;
  const inner = addPanel(scene, region, { heading: 'Your decisions, week by week' });
  const rowHeight = Math.min(56, (inner.height - lineHeight('small')) / decisionMarks.length);
  const names = { coach: 'coach', rescue: 'rescue', review: 'review', handBack: 'hand back' };
  const labels = decisionMarks.map((mark, row) =>
    scene.add.text(
      inner.x,
      inner.y + row * rowHeight,
      `${markLetters[mark]}  ${names[mark]}`,
      textStyle('small', { bold: true }),
    ),
  );
  // The counts start past the widest label, however large the text is set.
  const labelWidth = Math.max(debrief.marksLabel, ...labels.map((l) => l.width + space.xl));
  const cell = (inner.width - labelWidth) / Math.max(1, series.length);
  decisionMarks.forEach((mark, row) => {
    const y = inner.y + row * rowHeight;
    series.forEach((week, index) => {
      const count = week.marks[mark];
      if (count === 0) return;
      scene.add
        .text(
          inner.x + labelWidth + (index + 0.5) * cell,
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
        inner.x + labelWidth + (index + 0.5) * cell,
        axisY,
        `W${week.week}`,
        textStyle('small', { colour: palette.inkMuted }),
      )
      .setOrigin(0.5, 0);
  });
}
