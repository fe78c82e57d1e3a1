/**
 * The manager's week as a calendar bar: what the week can hold, filled with
 * what is already spoken for (admin, requests for help, rescue follow-up),
 * then the hours committed to this week's choices, then what is free. Each
 * part carries its hours as a number, in the bar and in the legend.
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
  ink: number;
}

export class HoursBar extends Phaser.GameObjects.Container {
  readonly barHeight: number;

  constructor(scene: Phaser.Scene, x: number, y: number, width: number, view: HoursView) {
    super(scene, x, y);
    const parts: Part[] = [
      { label: 'Admin', hours: view.admin, colour: meaning.admin, ink: palette.inkDark },
      { label: 'Help asked', hours: view.helpRequests, colour: meaning.help, ink: palette.inkDark },
      { label: 'Follow-up', hours: view.followUp, colour: meaning.followUp, ink: palette.inkDark },
      { label: 'Choices', hours: view.committed, colour: meaning.committed, ink: palette.inkDark },
    ];
    const used = parts.reduce((sum, part) => sum + part.hours, 0);
    const span = Math.max(view.capacity, used);
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
      if (w >= 44) {
        objects.push(
          scene.add
            .text(
              at + w / 2,
              height / 2,
              String(Math.round(part.hours)),
              textStyle('small', { bold: true, colour: part.ink }),
            )
            .setOrigin(0.5),
        );
      }
      at += w;
    }
    if (used > view.capacity) {
      // Demand past what the week can hold: marked with a thick edge at the limit.
      objects.push(
        scene.add
          .rectangle(view.capacity * scale - 3, -6, 6, height + 12, meaning.warning)
          .setOrigin(0, 0),
      );
    }
    // The normal week, as a tick above the bar.
    if (view.normal < span) {
      const tickX = view.normal * scale;
      objects.push(scene.add.rectangle(tickX - 2, -8, 4, height + 16, palette.ink).setOrigin(0, 0));
    }
    this.barHeight = height;
    // The legend: two columns of swatch, name and hours (right-aligned).
    const legend: {
      label: string;
      hours: number;
      colour: number;
      hollow?: boolean;
      tick?: boolean;
    }[] = [
      ...parts.map((part) => ({ label: part.label, hours: part.hours, colour: part.colour })),
      { label: 'Free', hours: view.left, colour: palette.track, hollow: true },
      { label: 'Normal', hours: view.normal, colour: palette.ink, tick: true },
    ];
    // Two columns when every entry fits its column, else one.
    const rowHeight = lineHeight('small') + space.xs;
    const made = legend.map((item) => ({
      item,
      text: scene.add.text(0, 0, item.label, textStyle('small', { colour: palette.inkMuted })),
      amount: scene.add
        .text(0, 0, `${Math.round(item.hours)} h`, textStyle('small'))
        .setOrigin(1, 0),
    }));
    // Two columns when both fit side by side (amounts right-aligned in each), else one.
    const entryWidth = (entry: (typeof made)[number]) =>
      board.hoursBar.swatchGap + entry.text.width + board.hoursBar.amountGap + entry.amount.width;
    const firstWidth = Math.max(...made.slice(0, 3).map(entryWidth));
    const secondWidth = Math.max(...made.slice(3).map(entryWidth));
    const twoColumns = firstWidth + board.hoursBar.columnGap + secondWidth <= width;
    const firstX = 0;
    const secondX = twoColumns ? width - secondWidth : 0;
    let bottom: number = height;
    made.forEach((entry, index) => {
      const column = twoColumns ? (index < 3 ? 0 : 1) : 0;
      const row = twoColumns ? index % 3 : index;
      const lx = column === 0 ? firstX : secondX;
      const columnWidth = twoColumns
        ? column === 0
          ? secondX - board.hoursBar.columnGap
          : secondWidth
        : width;
      const ly = height + 16 + row * rowHeight;
      const { item } = entry;
      const swatch = item.tick
        ? scene.add.rectangle(lx + 8, ly + 2, 4, 24, item.colour).setOrigin(0, 0)
        : scene.add
            .rectangle(lx, ly + 4, 20, 20, item.colour)
            .setOrigin(0, 0)
            .setStrokeStyle(2, item.hollow ? palette.inkMuted : palette.inkDark);
      entry.text.setPosition(lx + board.hoursBar.swatchGap, ly);
      entry.amount.setPosition(lx + columnWidth, ly);
      objects.push(swatch, entry.text, entry.amount);
      bottom = Math.max(bottom, ly + entry.text.height);
    });
    this.add(objects);
    this.setSize(width, bottom);
    scene.add.existing(this);
  }
}
