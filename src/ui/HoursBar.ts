/**
 * The manager's week as a calendar bar: what the week can hold, filled with
 * what is already spoken for (admin, requests for help, rescue follow-up),
 * then the hours committed to this week's choices, then what is free. Each
 * part carries its hours as a number, in the bar (where there is room) and
 * in the legend beside it, which names every mark the bar draws.
 */
import Phaser from 'phaser';
import type { HoursView } from '../sim/selectors';
import { board, corner, space } from './layout';
import { meaning, palette } from './palette';
import { lineHeight, textStyle } from './typography';

interface Part {
  label: string;
  hours: number;
  colour: number;
}

function filledParts(view: HoursView): Part[] {
  return [
    { label: 'Admin', hours: view.admin, colour: meaning.admin },
    { label: 'Help asked', hours: view.helpRequests, colour: meaning.help },
    { label: 'Follow-up', hours: view.followUp, colour: meaning.followUp },
    { label: 'Choices', hours: view.committed, colour: meaning.committed },
  ];
}

function demanded(view: HoursView): number {
  return filledParts(view).reduce((sum, part) => sum + part.hours, 0);
}

/** How far past what the week can hold its demands go (0 when they fit). */
function hoursOver(view: HoursView): number {
  return Math.max(0, demanded(view) - view.capacity);
}

/** The bar's marks (the normal week above and below it, never across its numbers). */
const tick = { width: 4, reach: 10 };

export class HoursBar extends Phaser.GameObjects.Container {
  readonly barHeight: number;

  constructor(scene: Phaser.Scene, x: number, y: number, width: number, view: HoursView) {
    super(scene, x, y);
    const parts = filledParts(view);
    const used = demanded(view);
    const span = Math.max(view.capacity, used, view.normal);
    const scale = width / span;
    const height = board.hoursBar.height;
    const objects: Phaser.GameObjects.GameObject[] = [
      scene.add
        .rectangle(0, 0, view.capacity * scale, height, palette.track)
        .setOrigin(0, 0)
        .setRounded(corner.badge)
        .setStrokeStyle(2, palette.inkMuted),
    ];
    let at = 0;
    for (const part of parts) {
      if (part.hours <= 0) continue;
      const w = part.hours * scale;
      objects.push(
        scene.add
          .rectangle(at, 0, w, height, part.colour)
          .setOrigin(0, 0)
          .setStrokeStyle(2, palette.inkDark),
      );
      const number = scene.add
        .text(
          at + w / 2,
          height / 2,
          String(Math.round(part.hours)),
          textStyle('small', { bold: true, colour: palette.inkDark }),
        )
        .setOrigin(0.5);
      if (number.width + space.lg <= w) objects.push(number);
      else number.destroy();
      at += w;
    }
    if (used > view.capacity) {
      // Demand past what the week can hold: hatched over the excess, edged at the limit.
      const edge = view.capacity * scale;
      objects.push(
        scene.add
          .rectangle(edge, -tick.reach, width - edge, tick.reach - space.xs, meaning.warning)
          .setOrigin(0, 0),
        scene.add
          .rectangle(edge, height + space.xs, width - edge, tick.reach - space.xs, meaning.warning)
          .setOrigin(0, 0),
      );
    }
    // The normal week: a mark above and one below the bar, so no number is crossed.
    const tickX = Math.min(width - tick.width, view.normal * scale - tick.width / 2);
    objects.push(
      scene.add.rectangle(tickX, -tick.reach, tick.width, tick.reach, palette.ink).setOrigin(0, 0),
      scene.add.rectangle(tickX, height, tick.width, tick.reach, palette.ink).setOrigin(0, 0),
    );
    this.barHeight = height;
    this.add(objects);
    this.setSize(width, height);
    scene.add.existing(this);
  }
}

interface LegendEntry {
  label: string;
  hours: number;
  colour: number;
  mark: 'swatch' | 'hollow' | 'tick' | 'over';
}

/**
 * The key to the bar, flowed into rows across the width: each part with its
 * hours, what is free, the normal week, and (when the week is over-full) by
 * how much.
 */
export class HoursLegend extends Phaser.GameObjects.Container {
  readonly legendHeight: number;

  constructor(scene: Phaser.Scene, x: number, y: number, width: number, view: HoursView) {
    super(scene, x, y);
    const over = hoursOver(view);
    const entries: LegendEntry[] = [
      ...filledParts(view).map((part) => ({ ...part, mark: 'swatch' as const })),
      { label: 'Free', hours: view.left, colour: palette.track, mark: 'hollow' },
      { label: 'Normal week', hours: view.normal, colour: palette.ink, mark: 'tick' },
      ...(over > 0
        ? [{ label: 'Over by', hours: over, colour: meaning.warning, mark: 'over' as const }]
        : []),
    ];
    const rowHeight = lineHeight('small') + space.sm;
    const objects: Phaser.GameObjects.GameObject[] = [];
    let cx = 0;
    let row = 0;
    for (const entry of entries) {
      const text = scene.add
        .text(0, 0, `${entry.label} ${Math.round(entry.hours)} h`, textStyle('small'))
        .setOrigin(0, 0.5);
      const entryWidth = board.hoursBar.swatchGap + text.width;
      if (cx > 0 && cx + entryWidth > width) {
        row += 1;
        cx = 0;
      }
      const cy = row * rowHeight + rowHeight / 2;
      objects.push(
        legendMark(scene, cx, cy, entry),
        text.setPosition(cx + board.hoursBar.swatchGap, cy),
      );
      cx += entryWidth + board.hoursBar.amountGap * 3;
    }
    this.legendHeight = (row + 1) * rowHeight;
    this.add(objects);
    this.setSize(width, this.legendHeight);
    scene.add.existing(this);
  }
}

function legendMark(
  scene: Phaser.Scene,
  x: number,
  y: number,
  entry: LegendEntry,
): Phaser.GameObjects.GameObject {
  switch (entry.mark) {
    case 'tick':
      return scene.add.rectangle(x + 8, y, tick.width, 24, entry.colour).setOrigin(0, 0.5);
    case 'over':
      return scene.add.rectangle(x, y, 20, 8, entry.colour).setOrigin(0, 0.5);
    default:
      return scene.add
        .rectangle(x, y, 20, 20, entry.colour)
        .setOrigin(0, 0.5)
        .setStrokeStyle(2, entry.mark === 'hollow' ? palette.inkMuted : palette.inkDark);
  }
}
