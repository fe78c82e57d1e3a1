/**
 * The manager's week on the board, as a strip between the pipeline and the
 * team: "Your week" and its hours, the calendar bar, energy and what is
 * wrong (burned out, off sick, a backlog) on one row; the key to the bar on
 * the next. Drawn up from its foot; every part is measured, so nothing is
 * drawn over another at any figure or text size.
 */
import Phaser from 'phaser';
import type { HoursView } from '../sim/selectors';
import { HoursBar, HoursLegend } from './HoursBar';
import { board, corner, type Region, space, stroke } from './layout';
import { Meter } from './Meter';
import { meaning, palette } from './palette';
import { textStyle } from './typography';

/** What is wrong with the manager's week, in words: none when all is well. */
export function weekFlags(view: HoursView): string[] {
  return [
    ...(view.burnedOut ? ['Burned out'] : []),
    ...(view.sickWeek ? ['Off sick'] : []),
    ...(view.backlog > 0 ? [`Backlog ${Math.round(view.backlog)} h`] : []),
  ];
}

export class WeekStrip extends Phaser.GameObjects.Container {
  /** The strip's top, on the stage. */
  readonly top: number;

  /** A strip across `area`'s width, its foot at `bottom`. */
  constructor(scene: Phaser.Scene, area: Region, bottom: number, view: HoursView) {
    super(scene, 0, 0);
    const { padding, headingGap, rowGap, energyBar } = board.week;
    const inner = { x: area.x + padding, width: area.width - 2 * padding };
    const parts: Phaser.GameObjects.GameObject[] = [];
    const heading = scene.add
      .text(inner.x, 0, 'Your week', textStyle('body', { bold: true }))
      .setOrigin(0, 0.5);
    const available = scene.add
      .text(
        heading.x + heading.width + space.md,
        0,
        `${Math.round(view.capacity)} h`,
        textStyle('body', { colour: palette.inkMuted }),
      )
      .setOrigin(0, 0.5);
    const energy = new Meter(scene, 0, 0, {
      icon: 'energy',
      colour: meaning.energy,
      barWidth: energyBar,
      value: view.energy,
      label: 'Energy',
    });
    energy.x = inner.x + inner.width - energy.meterWidth;
    const flags = weekFlags(view);
    const flagText = scene.add
      .text(0, 0, flags.join(' · '), textStyle('small', { bold: true, colour: meaning.warning }))
      .setOrigin(1, 0.5);
    flagText.x = energy.x - headingGap;
    const barX = available.x + available.width + headingGap;
    const barRight = (flags.length > 0 ? flagText.x - flagText.width : energy.x) - headingGap;
    const rowHeight = Math.max(board.hoursBar.height + 2 * 10, heading.height);
    const legend = new HoursLegend(scene, inner.x, 0, inner.width, view);
    const height = padding + rowHeight + rowGap + legend.legendHeight + padding;
    const top = bottom - height;
    this.top = top;
    const rowY = top + padding + rowHeight / 2;
    const frame = scene.add
      .rectangle(area.x, top, area.width, height, palette.panel)
      .setOrigin(0, 0)
      .setRounded(corner.panel)
      .setStrokeStyle(stroke.thin, palette.line);
    const bar = new HoursBar(
      scene,
      barX,
      rowY - board.hoursBar.height / 2,
      Math.max(space.xxl * 4, barRight - barX),
      view,
    );
    heading.y = rowY;
    available.y = rowY;
    energy.y = rowY;
    flagText.y = rowY;
    legend.y = top + padding + rowHeight + rowGap;
    if (flags.length === 0) flagText.destroy();
    parts.push(
      frame,
      heading,
      available,
      bar,
      energy,
      ...(flags.length > 0 ? [flagText] : []),
      legend,
    );
    this.add(parts);
    scene.add.existing(this);
  }
}
