/**
 * A rep's face, drawn: shoulders in the rep's colour, a head with a face
 * whose smile follows morale, and the rep's initial on a badge.
 */
import Phaser from 'phaser';
import { initial } from './format';
import { palette } from './palette';
import { textStyle } from './typography';

export interface AvatarOptions {
  name: string;
  colour: number;
  /** Morale 0..1: the mouth smiles above the middle and turns down below it. */
  mood?: number;
  /** A ring that marks a new hire. */
  isNew?: boolean;
  /** Leave out the initial's badge (a figure in an illustration). */
  noInitial?: boolean;
}

const skin = 0xf1d3b3;

export class Avatar extends Phaser.GameObjects.Container {
  constructor(scene: Phaser.Scene, x: number, y: number, size: number, options: AvatarOptions) {
    super(scene, x, y);
    const r = size / 2;
    const g = scene.add.graphics();
    g.fillStyle(palette.panelRaised);
    g.fillCircle(0, 0, r);
    g.lineStyle(3, options.colour, 1);
    g.strokeCircle(0, 0, r - 1.5);
    // Shoulders.
    g.fillStyle(options.colour);
    g.fillEllipse(0, r * 0.62, r * 1.3, r * 0.82);
    // Head and face.
    g.fillStyle(skin);
    g.fillCircle(0, -r * 0.2, r * 0.42);
    g.fillStyle(palette.inkDark);
    g.fillCircle(-r * 0.15, -r * 0.25, Math.max(1.5, r * 0.06));
    g.fillCircle(r * 0.15, -r * 0.25, Math.max(1.5, r * 0.06));
    const mood = options.mood ?? 0.6;
    const curve = (mood - 0.45) * r * 0.35;
    g.lineStyle(Math.max(2, r * 0.07), palette.inkDark, 1);
    g.beginPath();
    g.moveTo(-r * 0.16, -r * 0.04);
    g.lineTo(0, -r * 0.04 + curve);
    g.lineTo(r * 0.16, -r * 0.04);
    g.strokePath();
    const parts: Phaser.GameObjects.GameObject[] = [g];
    if (options.noInitial) {
      this.add(parts);
      scene.add.existing(this);
      return;
    }
    // The initial, on a badge at the lower right.
    const badge = Math.max(30, r * 0.8);
    const badgeX = r * 0.72;
    const badgeY = r * 0.72;
    const ring = scene.add.graphics();
    ring.fillStyle(palette.inkDark);
    ring.fillCircle(badgeX, badgeY, badge / 2 + 2);
    ring.fillStyle(options.colour);
    ring.fillCircle(badgeX, badgeY, badge / 2);
    const letter = scene.add
      .text(
        badgeX,
        badgeY,
        initial(options.name),
        textStyle('small', { bold: true, colour: palette.inkDark }),
      )
      .setOrigin(0.5);
    parts.push(ring, letter);
    if (options.isNew) {
      const newRing = scene.add.graphics();
      newRing.lineStyle(3, palette.yellow, 1);
      newRing.strokeCircle(0, 0, r + 4);
      parts.push(newRing);
    }
    this.add(parts);
    scene.add.existing(this);
  }
}
