/**
 * A rep's face, drawn: shoulders in the rep's colour, a head with a face
 * whose smile follows morale, and the rep's initial on a badge.
 *
 * Each look (size, colour, mood, badge, new-hire ring) is drawn once on a 2D
 * canvas, where its edges come out smooth, and kept as a texture: a face on
 * screen is then one image and its letter.
 */
import Phaser from 'phaser';
import { drawnTexture } from './drawnTexture';
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
/** Moods are drawn in steps of a twentieth: finer changes would not show in the mouth. */
const moodSteps = 20;

interface Look {
  radius: number;
  colour: number;
  mood: number;
  /** The badge's diameter, or 0 for no badge. */
  badge: number;
  isNew: boolean;
}

/** Where the badge sits, from the face's centre. */
const badgeOffset = (radius: number) => radius * 0.72;

function drawFace(g: Phaser.GameObjects.Graphics, look: Look): void {
  const { radius: r, colour } = look;
  g.fillStyle(palette.panelRaised);
  g.fillCircle(0, 0, r);
  g.lineStyle(3, colour, 1);
  g.strokeCircle(0, 0, r - 1.5);
  // Shoulders.
  g.fillStyle(colour);
  g.fillEllipse(0, r * 0.62, r * 1.3, r * 0.82);
  // Head and face.
  g.fillStyle(skin);
  g.fillCircle(0, -r * 0.2, r * 0.42);
  g.fillStyle(palette.inkDark);
  g.fillCircle(-r * 0.15, -r * 0.25, Math.max(1.5, r * 0.06));
  g.fillCircle(r * 0.15, -r * 0.25, Math.max(1.5, r * 0.06));
  const curve = (look.mood - 0.45) * r * 0.35;
  g.lineStyle(Math.max(2, r * 0.07), palette.inkDark, 1);
  g.beginPath();
  g.moveTo(-r * 0.16, -r * 0.04);
  g.lineTo(0, -r * 0.04 + curve);
  g.lineTo(r * 0.16, -r * 0.04);
  g.strokePath();
  if (look.badge > 0) {
    const at = badgeOffset(r);
    g.fillStyle(palette.inkDark);
    g.fillCircle(at, at, look.badge / 2 + 2);
    g.fillStyle(colour);
    g.fillCircle(at, at, look.badge / 2);
  }
  if (look.isNew) {
    g.lineStyle(3, palette.yellow, 1);
    g.strokeCircle(0, 0, r + 4);
  }
}

/** The texture of a look, drawn the first time it is asked for; centred on the face. */
function faceTexture(scene: Phaser.Scene, look: Look): string {
  const key = `avatar:${look.radius}:${look.colour}:${look.mood}:${look.badge}:${look.isNew}`;
  const half = Math.ceil(Math.max(look.radius + 8, badgeOffset(look.radius) + look.badge / 2 + 4));
  return drawnTexture(scene, key, 2 * half, 2 * half, (g) => {
    g.translateCanvas(half, half);
    drawFace(g, look);
  });
}

export class Avatar extends Phaser.GameObjects.Container {
  constructor(scene: Phaser.Scene, x: number, y: number, size: number, options: AvatarOptions) {
    super(scene, x, y);
    const radius = size / 2;
    const badge = options.noInitial ? 0 : Math.max(30, radius * 0.8);
    const look: Look = {
      radius,
      colour: options.colour,
      mood: Math.round((options.mood ?? 0.6) * moodSteps) / moodSteps,
      badge,
      isNew: Boolean(options.isNew),
    };
    const parts: Phaser.GameObjects.GameObject[] = [
      scene.add.image(0, 0, faceTexture(scene, look)),
    ];
    if (badge > 0) {
      const at = badgeOffset(radius);
      parts.push(
        scene.add
          .text(
            at,
            at,
            initial(options.name),
            textStyle('small', { bold: true, colour: palette.inkDark }),
          )
          .setOrigin(0.5),
      );
    }
    this.add(parts);
    scene.add.existing(this);
  }
}
