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

/**
 * Draws the lines from (x, y) down, within `width`, and, given a height,
 * within it too: if they would run past its foot they are set again closer
 * and then in smaller words (never below the smallest size).
 */
export function addLabelledLines(
  scene: Phaser.Scene,
  area: { x: number; y: number; width: number; height?: number },
  lines: readonly LabelledLine[],
  options: LabelledLinesOptions,
): void {
  const tries: LabelledLinesOptions[] = [
    options,
    { ...options, rowGap: Math.min(options.rowGap, 8) },
    { ...options, role: 'small', rowGap: Math.min(options.rowGap, 8) },
  ];
  for (const [index, attempt] of tries.entries()) {
    const made: Phaser.GameObjects.Text[] = [];
    let y = area.y;
    for (const line of lines) {
      made.push(scene.add.text(area.x, y, line.label, textStyle('body', { bold: true })));
      const text = scene.add.text(
        area.x + attempt.labelWidth,
        y,
        line.text,
        textStyle(attempt.role, { wrap: area.width - attempt.labelWidth }),
      );
      made.push(text);
      y += Math.max(text.height, lineHeight('body', true)) + attempt.rowGap;
    }
    const fits = area.height === undefined || y - attempt.rowGap <= area.y + area.height;
    if (fits || index === tries.length - 1) return;
    for (const text of made) text.destroy();
  }
}
