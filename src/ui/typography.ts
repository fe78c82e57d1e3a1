/**
 * Text styles for the canvas. Sizes come from layout.ts, scaled by the
 * text-size setting and never below the minimum.
 */
import type Phaser from 'phaser';
import { fontFamily, lineSpacing, type TextRole, textSize } from './layout';
import { cssColour, palette } from './palette';

let scale = 1;
/** Words are drawn at the canvas's own size (src/app/canvasSize.ts), not the stage's. */
let resolution = 1;

type Metrics = Phaser.Types.GameObjects.Text.TextMetrics;
/** Font metrics by size and weight, each measured once, so no text object measures its own. */
const metricsCache = new Map<string, Metrics>();
/**
 * The string Phaser measures a font by, as it ships: meant as '|MÉqgy', its
 * 'É' arrives as two characters (Ã‰), and the metrics must match Phaser's.
 */
const testString = '|M\u00c3\u2030qgy';
let probe: CanvasRenderingContext2D | null | undefined;

/**
 * The metrics Phaser would measure for this size and weight (the drawn box
 * of its test string), taken from a 2D context instead of a text object.
 * Undefined where there is no 2D context: Phaser then measures for itself.
 */
function metricsFor(px: number, bold: boolean): Metrics | undefined {
  const key = `${px}|${bold ? 'b' : 'n'}`;
  const known = metricsCache.get(key);
  if (known) return known;
  probe ??=
    typeof document === 'undefined' ? null : document.createElement('canvas').getContext('2d');
  if (!probe) return undefined;
  probe.font = `${bold ? 'bold ' : ''}${px}px ${fontFamily}`;
  const box = probe.measureText(testString);
  const metrics = {
    ascent: box.actualBoundingBoxAscent,
    descent: box.actualBoundingBoxDescent,
    fontSize: box.actualBoundingBoxAscent + box.actualBoundingBoxDescent,
  };
  metricsCache.set(key, metrics);
  return metrics;
}

/** Applies the text-size setting to every style made from now on. */
export function setTextScale(value: number): void {
  scale = Number.isFinite(value) && value > 0 ? value : 1;
}

/** Draws the words of every style made from now on at this share of their stage size. */
export function setTextResolution(value: number): void {
  resolution = Number.isFinite(value) && value > 0 ? value : 1;
}

export function textScale(): number {
  return scale;
}

/** The height of one line of a role's text, as drawn (measured when known). */
export function lineHeight(role: TextRole, bold = false): number {
  const px = fontPx(role);
  return metricsFor(px, bold)?.fontSize ?? Math.ceil(px * 1.25);
}

/** The drawn size of a role, in stage pixels. */
export function fontPx(role: TextRole): number {
  return Math.max(textSize.minimum, Math.round(textSize[role] * scale));
}

export interface TextOptions {
  colour?: number;
  bold?: boolean;
  /** Wrap lines at this width (stage pixels). */
  wrap?: number;
  align?: 'left' | 'center' | 'right';
  maxLines?: number;
}

export function textStyle(
  role: TextRole,
  options: TextOptions = {},
): Phaser.Types.GameObjects.Text.TextStyle {
  const px = fontPx(role);
  const metrics = metricsFor(px, Boolean(options.bold));
  return {
    ...(metrics ? { metrics } : {}),
    fontFamily,
    fontSize: `${px}px`,
    fontStyle: options.bold ? 'bold' : '',
    color: cssColour(options.colour ?? palette.ink),
    align: options.align ?? 'left',
    lineSpacing,
    resolution,
    ...(options.maxLines ? { maxLines: options.maxLines } : {}),
    ...(options.wrap ? { wordWrap: { width: options.wrap, useAdvancedWrap: true } } : {}),
  };
}

/** Shortens a one-line text with an ellipsis until it fits the width. */
export function fitWidth(text: Phaser.GameObjects.Text, width: number): Phaser.GameObjects.Text {
  if (text.width <= width) return text;
  const full = text.text;
  let low = 0;
  let high = full.length;
  while (low < high) {
    const mid = Math.ceil((low + high) / 2);
    text.setText(`${full.slice(0, mid).trimEnd()}…`);
    if (text.width <= width) low = mid;
    else high = mid - 1;
  }
  text.setText(low > 0 ? `${full.slice(0, low).trimEnd()}…` : '…');
  return text;
}

/**
 * A name in the width: whole, or its short form (a customer's first word,
 * which tells it from every other), and only past that cut with an ellipsis.
 */
export function fitShortened(
  text: Phaser.GameObjects.Text,
  width: number,
  short: string | undefined,
): Phaser.GameObjects.Text {
  if (text.width <= width || short === undefined) return fitWidth(text, width);
  text.setText(short);
  return fitWidth(text, width);
}

/** A person's name in the width: whole, or first name and initial, or first name, or cut. */
export function fitName(text: Phaser.GameObjects.Text, width: number): Phaser.GameObjects.Text {
  if (text.width <= width) return text;
  const words = text.text.trim().split(/\s+/);
  const first = words[0] ?? '';
  const last = words.length > 1 ? words[words.length - 1] : undefined;
  if (last) {
    text.setText(`${first} ${last[0]}.`);
    if (text.width <= width) return text;
  }
  text.setText(first);
  return fitWidth(text, width);
}
