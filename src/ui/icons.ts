/**
 * The game's icons, drawn with Graphics (see iconTexture: each once, when first shown).
 * Each is drawn white (and dark where it has a cut-out) on a 64×64 square,
 * so scenes tint it to the colour of what it means.
 */
import Phaser from 'phaser';
import type { DealIdea } from '../sim/vocabulary';
import { palette } from './palette';

export const iconKeys = [
  'capability',
  'ownership',
  'morale',
  'energy',
  'hours',
  'help',
  'lesson',
  'coached',
  'rescued',
  'atRisk',
  'won',
  'lost',
  'sprout',
  'trendDown',
  'idea-business-goal',
  'idea-decision-process',
  'idea-champion',
  'idea-competition',
  'idea-value',
  'idea-compelling-event',
] as const;
export type IconKey = (typeof iconKeys)[number];

/** The icon of a deal-strategy idea's warning. */
export function ideaIcon(idea: DealIdea): IconKey {
  return `idea-${idea}`;
}

export const iconTextureSize = 64;

const white = 0xffffff;
const cut = palette.inkDark;

type G = Phaser.GameObjects.Graphics;

/** Fills a polygon given as plain points. */
export function fillPoints(g: G, points: readonly { x: number; y: number }[], close = true): void {
  g.fillPoints(
    points.map((p) => new Phaser.Math.Vector2(p.x, p.y)),
    close,
  );
}

function star(g: G, cx: number, cy: number, outer: number, inner: number): void {
  const points: { x: number; y: number }[] = [];
  for (let i = 0; i < 10; i += 1) {
    const r = i % 2 === 0 ? outer : inner;
    const a = -Math.PI / 2 + (i * Math.PI) / 5;
    points.push({ x: cx + r * Math.cos(a), y: cy + r * Math.sin(a) });
  }
  fillPoints(g, points, true);
}

function check(g: G, colour: number, width: number, scale = 1, dx = 0, dy = 0): void {
  g.lineStyle(width, colour, 1);
  g.beginPath();
  g.moveTo(dx + 16 * scale, dy + 33 * scale);
  g.lineTo(dx + 27 * scale, dy + 44 * scale);
  g.lineTo(dx + 48 * scale, dy + 21 * scale);
  g.strokePath();
}

const painters: Record<IconKey, (g: G) => void> = {
  capability: (g) => {
    g.fillStyle(white);
    star(g, 32, 34, 29, 12);
  },
  ownership: (g) => {
    g.fillStyle(white);
    g.fillRect(12, 6, 7, 54);
    fillPoints(
      g,
      [
        { x: 19, y: 8 },
        { x: 54, y: 16 },
        { x: 19, y: 34 },
      ],
      true,
    );
  },
  morale: (g) => {
    g.fillStyle(white);
    g.fillCircle(21, 24, 14);
    g.fillCircle(43, 24, 14);
    g.fillTriangle(8, 30, 56, 30, 32, 56);
  },
  energy: (g) => {
    g.fillStyle(white);
    fillPoints(
      g,
      [
        { x: 36, y: 4 },
        { x: 12, y: 36 },
        { x: 30, y: 36 },
        { x: 24, y: 60 },
        { x: 52, y: 24 },
        { x: 34, y: 24 },
      ],
      true,
    );
  },
  hours: (g) => {
    g.fillStyle(white);
    g.fillCircle(32, 32, 27);
    g.lineStyle(6, cut, 1);
    g.lineBetween(32, 32, 32, 14);
    g.lineBetween(32, 32, 45, 40);
  },
  help: (g) => {
    g.fillStyle(white);
    g.fillRoundedRect(6, 8, 52, 38, 10);
    g.fillTriangle(16, 42, 30, 42, 14, 58);
    g.lineStyle(6, cut, 1);
    g.beginPath();
    g.arc(32, 22, 7, Math.PI, Math.PI * 2.35, false);
    g.strokePath();
    g.lineBetween(32, 28, 32, 32);
    g.fillStyle(cut);
    g.fillCircle(32, 39, 3.5);
  },
  lesson: (g) => {
    g.fillStyle(white);
    fillPoints(
      g,
      [
        { x: 4, y: 14 },
        { x: 30, y: 18 },
        { x: 30, y: 56 },
        { x: 4, y: 50 },
      ],
      true,
    );
    fillPoints(
      g,
      [
        { x: 34, y: 18 },
        { x: 60, y: 14 },
        { x: 60, y: 50 },
        { x: 34, y: 56 },
      ],
      true,
    );
  },
  coached: (g) => {
    g.fillStyle(white);
    g.fillCircle(32, 32, 29);
    check(g, cut, 8);
  },
  rescued: (g) => {
    g.lineStyle(12, white, 1);
    g.strokeCircle(32, 32, 21);
    g.lineStyle(8, cut, 1);
    for (let i = 0; i < 4; i += 1) {
      const a = Math.PI / 4 + (i * Math.PI) / 2;
      g.lineBetween(
        32 + 15 * Math.cos(a),
        32 + 15 * Math.sin(a),
        32 + 27 * Math.cos(a),
        32 + 27 * Math.sin(a),
      );
    }
  },
  atRisk: (g) => {
    g.fillStyle(white);
    g.fillTriangle(32, 4, 62, 58, 2, 58);
    g.fillStyle(cut);
    g.fillRoundedRect(28, 20, 8, 22, 3);
    g.fillCircle(32, 50, 4.5);
  },
  won: (g) => {
    g.fillStyle(white);
    g.fillCircle(32, 32, 29);
    check(g, cut, 8);
  },
  lost: (g) => {
    g.fillStyle(white);
    g.fillCircle(32, 32, 29);
    g.lineStyle(8, cut, 1);
    g.lineBetween(21, 21, 43, 43);
    g.lineBetween(43, 21, 21, 43);
  },
  sprout: (g) => {
    g.fillStyle(white);
    g.fillRect(29, 30, 6, 30);
    g.fillEllipse(18, 24, 28, 16);
    g.fillEllipse(44, 18, 30, 18);
  },
  trendDown: (g) => {
    g.lineStyle(8, white, 1);
    g.beginPath();
    g.moveTo(6, 12);
    g.lineTo(26, 32);
    g.lineTo(36, 22);
    g.lineTo(54, 44);
    g.strokePath();
    g.fillStyle(white);
    g.fillTriangle(60, 56, 60, 34, 38, 56);
  },
  'idea-business-goal': (g) => {
    g.fillStyle(white);
    g.fillCircle(32, 32, 29);
    g.fillStyle(cut);
    g.fillCircle(32, 32, 20);
    g.fillStyle(white);
    g.fillCircle(32, 32, 12);
    g.fillStyle(cut);
    g.fillCircle(32, 32, 5);
  },
  'idea-decision-process': (g) => {
    g.fillStyle(white);
    g.fillRoundedRect(10, 4, 44, 56, 6);
    g.fillStyle(cut);
    g.fillRect(18, 14, 28, 5);
    g.fillRect(18, 24, 28, 5);
    g.fillRect(18, 34, 18, 5);
    g.lineStyle(4, cut, 1);
    g.beginPath();
    g.moveTo(18, 50);
    g.lineTo(25, 44);
    g.lineTo(30, 50);
    g.lineTo(36, 44);
    g.lineTo(46, 50);
    g.strokePath();
  },
  'idea-champion': (g) => {
    g.fillStyle(white);
    g.fillCircle(28, 20, 13);
    g.fillRoundedRect(8, 36, 40, 26, { tl: 18, tr: 18, bl: 4, br: 4 });
    star(g, 50, 14, 13, 5.5);
  },
  'idea-competition': (g) => {
    g.fillStyle(white);
    g.fillTriangle(4, 12, 4, 52, 28, 32);
    g.fillTriangle(60, 12, 60, 52, 36, 32);
  },
  'idea-value': (g) => {
    g.fillStyle(white);
    fillPoints(
      g,
      [
        { x: 4, y: 30 },
        { x: 26, y: 8 },
        { x: 58, y: 8 },
        { x: 58, y: 52 },
        { x: 26, y: 52 },
      ],
      true,
    );
    g.fillStyle(cut);
    g.fillCircle(24, 30, 6);
  },
  'idea-compelling-event': (g) => {
    g.fillStyle(white);
    g.fillRoundedRect(6, 10, 52, 50, 6);
    g.fillStyle(cut);
    g.fillRect(12, 26, 40, 28);
    g.fillStyle(white);
    g.fillRect(16, 4, 6, 12);
    g.fillRect(42, 4, 6, 12);
    for (let row = 0; row < 2; row += 1) {
      for (let col = 0; col < 3; col += 1) g.fillRect(16 + col * 12, 30 + row * 12, 8, 8);
    }
  },
};

export function drawIcon(g: G, key: IconKey): void {
  painters[key](g);
}
