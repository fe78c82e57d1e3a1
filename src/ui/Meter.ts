/**
 * A stock shown three ways: an icon for what it is, a bar in its colour,
 * and its number (0–100). Never colour alone.
 */
import Phaser from 'phaser';
import { points, signedPoints } from './format';
import type { IconKey } from './icons';
import { iconTexture } from './iconTexture';
import { iconSize, meterNumberWidth } from './layout';
import { palette } from './palette';
import { type TextOptions, textStyle } from './typography';

export interface MeterOptions {
  icon: IconKey;
  colour: number;
  /** Width of the bar itself. */
  barWidth: number;
  barHeight?: number;
  value: number;
  /** Words after the number ("Ownership"). */
  label?: string;
  /** Bigger type for the results and review screens. */
  large?: boolean;
}

export class Meter extends Phaser.GameObjects.Container {
  private readonly fill: Phaser.GameObjects.Rectangle;
  private readonly numberText: Phaser.GameObjects.Text;
  private readonly deltaText: Phaser.GameObjects.Text;
  private readonly barWidth: number;
  private current: number;
  private counter: Phaser.Tweens.Tween | undefined;
  readonly meterWidth: number;

  constructor(scene: Phaser.Scene, x: number, y: number, options: MeterOptions) {
    super(scene, x, y);
    const size = options.large ? iconSize.medium : iconSize.small;
    const barHeight = options.barHeight ?? (options.large ? 22 : 16);
    this.barWidth = options.barWidth;
    const icon = scene.add
      .image(0, 0, iconTexture(scene, options.icon))
      .setOrigin(0, 0.5)
      .setDisplaySize(size, size)
      .setTint(options.colour);
    const barX = size + 8;
    const track = scene.add
      .rectangle(barX, 0, options.barWidth, barHeight, palette.track)
      .setOrigin(0, 0.5)
      .setStrokeStyle(2, palette.line);
    this.fill = scene.add.rectangle(barX, 0, 0, barHeight, options.colour).setOrigin(0, 0.5);
    const style: TextOptions = { bold: true };
    this.numberText = scene.add
      .text(barX + options.barWidth + 10, 0, '', textStyle(options.large ? 'body' : 'small', style))
      .setOrigin(0, 0.5);
    this.deltaText = scene.add
      .text(0, 0, '', textStyle(options.large ? 'body' : 'small', { colour: palette.inkMuted }))
      .setOrigin(0, 0.5);
    const parts: Phaser.GameObjects.GameObject[] = [
      icon,
      track,
      this.fill,
      this.numberText,
      this.deltaText,
    ];
    let right = barX + options.barWidth + 10 + meterNumberWidth;
    if (options.label) {
      const label = scene.add
        .text(
          barX + options.barWidth + 70,
          0,
          options.label,
          textStyle('small', { colour: palette.inkMuted }),
        )
        .setOrigin(0, 0.5);
      parts.push(label);
      right = label.x + label.width;
    }
    this.add(parts);
    this.current = options.value;
    /** From the icon's left to the end of the label (or of the widest number). */
    this.meterWidth = right;
    this.show(options.value);
    scene.add.existing(this);
    this.once(Phaser.GameObjects.Events.DESTROY, () => this.counter?.remove());
  }

  private show(value: number): void {
    const clamped = Math.min(1, Math.max(0, value));
    this.fill.width = clamped * this.barWidth;
    this.numberText.setText(points(clamped));
    this.deltaText.setX(this.numberText.x + this.numberText.width + 10);
  }

  /** Shows the change beside the number ("+3"), in words that do not rely on colour. */
  setDelta(delta: number | undefined): this {
    // Changes too small to show as a whole point are left out.
    const shown =
      delta === undefined || Math.round(delta * 100) === 0 ? '' : `(${signedPoints(delta)})`;
    this.deltaText.setText(shown);
    return this;
  }

  /** Moves to a new value, sliding there over `duration` ms (0: at once). */
  setValue(value: number, duration = 0): this {
    this.counter?.remove();
    this.counter = undefined;
    if (duration <= 0) {
      this.current = value;
      this.show(value);
      return this;
    }
    const from = this.current;
    this.current = value;
    this.counter = this.scene.tweens.addCounter({
      from: 0,
      to: 1,
      duration,
      ease: 'Cubic.easeOut',
      onUpdate: (tween) => this.show(from + (value - from) * (tween.getValue() ?? 1)),
      onComplete: () => this.show(value),
    });
    return this;
  }
}
