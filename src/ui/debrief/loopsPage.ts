/**
 * The model's seven loops drawn: a row each, its steps in boxes joined by
 * arrows and a return arrow from the last back to the first that closes the
 * loop, drawn thicker and brighter the more the loop drove this season (with
 * its strength as a number, so colour is never the only signal), an R or B
 * for reinforcing or balancing, and the line the log gives it.
 */
import type Phaser from 'phaser';
import { loopSentence, loopSteps, loopTitles } from '../../app/loopWords';
import type { LoopReading } from '../../sim/loopStrengths';
import { points } from '../format';
import { corner, debrief, space } from '../layout';
import { palette } from '../palette';
import { fitWidth, textStyle } from '../typography';
import type { DebriefHost } from './debriefHost';

/** A line's thickness for a loop this strong: 2 px for a loop that did nothing, 14 for the strongest. */
const thickness = (strength: number) => 2 + Math.round(12 * strength);

export function drawLoops(host: DebriefHost, loops: readonly LoopReading[]): void {
  const { scene, currency } = host;
  const layout = debrief.loops;
  const g = scene.add.graphics();
  const strongest = Math.max(...loops.map((loop) => loop.strength));
  loops.forEach((reading, row) => {
    const top = layout.y + row * layout.rowHeight;
    const strong = reading.strength >= 0.5 * strongest && reading.strength > 0.15;
    const colour = strong ? palette.yellow : palette.inkMuted;

    // The kind as a letter in a ring; the name, kind and strength; what it did this season.
    const name = scene.add.text(
      layout.x + layout.chainX,
      top,
      `${loopTitles[reading.loop]}`,
      textStyle('small', { bold: true }),
    );
    const badge = scene.add
      .text(
        layout.x + 22,
        top + name.height / 2 + 10,
        reading.kind === 'reinforcing' ? 'R' : 'B',
        textStyle('small', { bold: true }),
      )
      .setOrigin(0.5);
    g.lineStyle(3, palette.ink, 1);
    g.strokeCircle(badge.x, badge.y, 20);
    const kind = scene.add.text(
      name.x + name.width + space.md,
      top,
      `${reading.kind}, ${points(reading.strength)}:`,
      textStyle('small', { colour: palette.inkMuted }),
    );
    const said = scene.add.text(
      kind.x + kind.width + space.md,
      top,
      loopSentence(reading, currency),
      textStyle('small'),
    );
    fitWidth(said, layout.x + layout.width - said.x);
    drawSteps(g, scene, reading, top + name.height + space.sm, colour);
  });
}

/** The loop's steps in a row of boxes, arrows between them, and the way back under them. */
function drawSteps(
  g: Phaser.GameObjects.Graphics,
  scene: Phaser.Scene,
  reading: LoopReading,
  top: number,
  colour: number,
): void {
  const layout = debrief.loops;
  const steps = loopSteps[reading.loop];
  const width = thickness(reading.strength);
  const chainX = layout.x + layout.chainX;
  const room = layout.width - layout.chainX;
  const box = (room - layout.arrow * (steps.length - 1)) / steps.length;
  let height = 0;
  const lefts = steps.map((step, index) => {
    const x = chainX + index * (box + layout.arrow);
    const text = scene.add
      .text(x + box / 2, top + space.xs, step, textStyle('small'))
      .setOrigin(0.5, 0)
      .setDepth(1);
    fitWidth(text, box - 2 * space.md);
    height = text.height + 2 * space.xs;
    scene.add
      .rectangle(x, top, box, height, palette.panelRaised)
      .setOrigin(0, 0)
      .setRounded(corner.button)
      .setStrokeStyle(2, colour);
    return x;
  });
  const mid = top + height / 2;
  g.lineStyle(width, colour, 1);
  g.fillStyle(colour, 1);
  for (let index = 1; index < lefts.length; index += 1) {
    const from = lefts[index - 1]! + box + space.xs;
    const to = lefts[index]! - space.xs;
    g.lineBetween(from, mid, to - 12, mid);
    g.fillTriangle(to, mid, to - 16, mid - 8 - width / 2, to - 16, mid + 8 + width / 2);
  }
  const under = top + height;
  const back = under + 8 + width / 2;
  const lastX = lefts.at(-1)! + box / 2;
  const firstX = lefts[0]! + box / 2;
  g.lineBetween(lastX, under, lastX, back);
  g.lineBetween(lastX, back, firstX, back);
  g.lineBetween(firstX, back, firstX, under + 12);
  g.fillTriangle(
    firstX,
    under,
    firstX - 8 - width / 2,
    under + 14,
    firstX + 8 + width / 2,
    under + 14,
  );
}
