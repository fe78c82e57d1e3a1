/**
 * Lines of figures in a panel: a bold label on the left, its words wrapped
 * in a column beside it (the end screen's summary, the debrief's figures).
 */
import type Phaser from 'phaser';
import type { TextRole } from './layout';
import { lineHeight, textStyle } from './typography';

export interface LabelledLine {
  label: string;
  text: string;
}

export interface LabelledLinesOptions {
  /** Where the words start, from the label's left edge. */
  labelWidth: number;
  /** How the words are set (the labels are always bold body text). */
  role: TextRole;
  /** The gap below each line. */
  rowGap: number;
}

/** Draws the lines from (x, y) down, within `width`. */
export function addLabelledLines(
  scene: Phaser.Scene,
  area: { x: number; y: number; width: number },
  lines: readonly LabelledLine[],
  options: LabelledLinesOptions,
): void {
  let y = area.y;
  for (const line of lines) {
    scene.add.text(area.x, y, line.label, textStyle('body', { bold: true }));
    const text = scene.add.text(
      area.x + options.labelWidth,
      y,
      line.text,
      textStyle(options.role, { wrap: area.width - options.labelWidth }),
    );
    y += Math.max(text.height, lineHeight('body', true)) + options.rowGap;
  }
}
