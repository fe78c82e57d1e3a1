/**
 * A line chart over weeks: each line has its colour, its own marker shape and
 * its name with its last value at the end, so no line is told apart by colour
 * alone. Values are 0..1 stocks unless a scale says otherwise. A faint line
 * (another road through the same season) is thin, unmarked and labelled in
 * muted words.
 */
import Phaser from 'phaser';
import { points } from './format';
import { fillPoints } from './icons';
import type { Region } from './layout';
import { palette } from './palette';
import { textStyle } from './typography';
import { xLabelIndexes } from './xLabels';

export type MarkerShape = 'circle' | 'square' | 'triangle' | 'diamond';

export interface ChartSeries {
  name: string;
  colour: number;
  marker: MarkerShape;
  values: readonly number[];
  faint?: boolean;
  /** A band drawn behind the line, from its low to its high values (a spread over many runs). */
  band?: { low: readonly number[]; high: readonly number[] };
}

/** The value axis: its top, and how a value reads (0..1 stocks as points by default). */
export interface ChartScale {
  max: number;
  label: (value: number) => string;
}

const stockScale: ChartScale = { max: 1, label: points };

function marker(
  g: Phaser.GameObjects.Graphics,
  shape: MarkerShape,
  x: number,
  y: number,
  r: number,
): void {
  switch (shape) {
    case 'circle':
      g.fillCircle(x, y, r);
      break;
    case 'square':
      g.fillRect(x - r, y - r, 2 * r, 2 * r);
      break;
    case 'triangle':
      g.fillTriangle(x, y - r * 1.2, x + r * 1.1, y + r * 0.9, x - r * 1.1, y + r * 0.9);
      break;
    case 'diamond':
      fillPoints(
        g,
        [
          { x, y: y - r * 1.3 },
          { x: x + r * 1.1, y },
          { x, y: y + r * 1.3 },
          { x: x - r * 1.1, y },
        ],
        true,
      );
      break;
  }
}

export class LineChart extends Phaser.GameObjects.Container {
  /** Where the plot sits, and where a week's index and a value fall on it. */
  readonly plot: Region;
  readonly xAt: (index: number) => number;
  readonly yAt: (value: number) => number;

  constructor(
    scene: Phaser.Scene,
    region: Region,
    series: readonly ChartSeries[],
    xLabels: readonly string[],
    scale: ChartScale = stockScale,
  ) {
    super(scene, 0, 0);
    // The end labels are made first: the plot leaves room for the widest.
    const endLabels = new Map(
      series.map((line) => {
        const last = line.values[line.values.length - 1] ?? 0;
        const text = scene.add
          .text(
            0,
            0,
            `${line.name} ${scale.label(last)}`,
            line.faint
              ? textStyle('small', { colour: palette.inkMuted })
              : textStyle('small', { bold: true }),
          )
          .setOrigin(0, 0.5);
        return [line, text] as const;
      }),
    );
    const labelWidth = 48 + Math.max(120, ...[...endLabels.values()].map((text) => text.width));
    const axisWidth = 64 + Math.max(0, this.axisLabelWidth(scene, scale) - 52);
    const plot = {
      x: region.x + axisWidth,
      y: region.y + 16,
      width: region.width - axisWidth - labelWidth,
      height: region.height - 70,
    };
    this.plot = plot;
    const g = scene.add.graphics();
    const objects: Phaser.GameObjects.GameObject[] = [g];
    g.lineStyle(2, palette.line, 1);
    // A short chart keeps fewer gridlines, so their numbers never crowd.
    const levels = plot.height < 200 ? [0, 0.5, 1] : [0, 0.25, 0.5, 0.75, 1];
    for (const level of levels) {
      const y = plot.y + plot.height * (1 - level);
      g.lineBetween(plot.x, y, plot.x + plot.width, y);
      objects.push(
        scene.add
          .text(
            plot.x - 12,
            y,
            scale.label(level * scale.max),
            textStyle('small', { colour: palette.inkMuted }),
          )
          .setOrigin(1, 0.5),
      );
    }
    const count = Math.max(...series.map((s) => s.values.length), 1);
    const xAt = (index: number) =>
      plot.x + (count <= 1 ? plot.width / 2 : (plot.width * index) / (count - 1));
    const yAt = (value: number) =>
      plot.y + plot.height * (1 - Math.min(1, Math.max(0, value / scale.max)));
    this.xAt = xAt;
    this.yAt = yAt;
    // Bands first, under every line: a see-through area with edges, so it reads without colour.
    for (const line of series) {
      if (!line.band || line.band.low.length === 0) continue;
      const { low, high } = line.band;
      const edge = [
        ...high.map((value, index) => ({ x: xAt(index), y: yAt(value) })),
        ...low.map((value, index) => ({ x: xAt(index), y: yAt(value) })).reverse(),
      ];
      g.fillStyle(line.colour, 0.25);
      fillPoints(g, edge, true);
      g.lineStyle(2, line.colour, 0.8);
      g.strokePoints(
        edge.map((point) => new Phaser.Math.Vector2(point.x, point.y)),
        true,
      );
    }
    // As many week labels as the plot has room for, each with a label's width of space around it.
    const widest = Math.max(
      1,
      ...[xLabels[0], xLabels.at(-1)].map((label) => this.textWidth(scene, label ?? '')),
    );
    const most = Math.max(2, Math.min(7, Math.floor(plot.width / (2 * widest))));
    for (const index of xLabelIndexes(Math.min(count, xLabels.length), most)) {
      const label = xLabels[index] ?? '';
      objects.push(
        scene.add
          .text(
            xAt(index),
            plot.y + plot.height + 12,
            label,
            textStyle('small', { colour: palette.inkMuted }),
          )
          .setOrigin(0.5, 0),
      );
    }
    const ends: { y: number; series: ChartSeries; value: number }[] = [];
    // Faint lines first, so the player's own run is drawn over them.
    const ordered = [...series.filter((s) => s.faint), ...series.filter((s) => !s.faint)];
    for (const line of ordered) {
      if (line.values.length === 0) continue;
      g.lineStyle(line.faint ? 3 : 5, line.colour, line.faint ? 0.6 : 1);
      g.beginPath();
      line.values.forEach((value, index) => {
        if (index === 0) g.moveTo(xAt(index), yAt(value));
        else g.lineTo(xAt(index), yAt(value));
      });
      g.strokePath();
      g.fillStyle(line.colour, 1);
      if (!line.faint) {
        // A marker a week, or every few weeks where weeks are closer than three markers.
        const every = Math.max(1, Math.ceil(24 / (plot.width / Math.max(1, count - 1))));
        line.values.forEach((value, index) => {
          if (index % every === 0 || index === line.values.length - 1)
            marker(g, line.marker, xAt(index), yAt(value), 8);
        });
      }
      const last = line.values[line.values.length - 1] ?? 0;
      ends.push({ y: yAt(last), series: line, value: last });
    }
    // End labels, pushed apart so they never overlap.
    ends.sort((a, b) => a.y - b.y);
    const spacing = 40;
    for (let i = 1; i < ends.length; i += 1) {
      const previous = ends[i - 1]!;
      const current = ends[i]!;
      if (current.y - previous.y < spacing) current.y = previous.y + spacing;
    }
    const overflow = (ends.at(-1)?.y ?? 0) - (plot.y + plot.height);
    if (overflow > 0) for (const end of ends) end.y -= overflow;
    for (const end of ends) {
      const x = plot.x + plot.width + 22;
      g.fillStyle(end.series.colour, 1);
      marker(g, end.series.marker, x, end.y, 9);
      objects.push(endLabels.get(end.series)!.setPosition(x + 18, end.y));
    }
    // A line with no values draws no end label.
    for (const [line, text] of endLabels) if (line.values.length === 0) text.destroy();
    this.add(objects);
    scene.add.existing(this);
  }

  /** The width of the widest value-axis label (the top one is the longest). */
  private axisLabelWidth(scene: Phaser.Scene, scale: ChartScale): number {
    return this.textWidth(scene, scale.label(scale.max));
  }

  /** How wide a label is drawn in small text. */
  private textWidth(scene: Phaser.Scene, words: string): number {
    const probe = scene.add.text(0, 0, words, textStyle('small'));
    const width = probe.width;
    probe.destroy();
    return width;
  }
}
