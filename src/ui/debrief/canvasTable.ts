/**
 * One row of a table drawn on the canvas: each cell at its column, one line
 * cut to fit, or (with `lines`) wrapped to at most that many.
 */
import type Phaser from 'phaser';
import { space } from '../layout';
import { palette } from '../palette';
import { fitWidth, textStyle } from '../typography';

export function tableRow(
  scene: Phaser.Scene,
  x: number,
  y: number,
  widths: readonly number[],
  cells: readonly string[],
  look: { head?: boolean; boldColumn?: number; lines?: number } = {},
): void {
  let left = x;
  cells.forEach((cell, index) => {
    const width = widths[index] ?? 0;
    const style = look.head
      ? textStyle('small', { bold: true, colour: palette.inkMuted })
      : textStyle('small', {
          bold: index === look.boldColumn,
          ...(look.lines ? { wrap: width - space.lg } : {}),
        });
    const text = scene.add.text(left, y, cell, style);
    if (look.lines) text.setMaxLines(look.lines);
    else fitWidth(text, width - space.sm);
    left += width;
  });
}
