/**
 * A button drawn on the canvas with a real DOM <button> twin laid over it:
 * the same words, the same place. Pointer, touch and keyboard all press the
 * DOM button; the canvas twin lights up while it is hovered or focused.
 * Destroying the twin (as a scene shuts down) removes the DOM button too.
 */
import Phaser from 'phaser';
import { tellCanvasChanged } from './canvasChanged';
import type { DataAction, DomGroup, DomLayer } from './DomLayer';
import type { IconKey } from './icons';
import { iconTexture } from './iconTexture';
import { button, corner, type Region, space, stroke } from './layout';
import { palette } from './palette';
import { fitShortened, fitWidth, textStyle } from './typography';

export type ButtonVariant = 'primary' | 'secondary' | 'choice' | 'quiet';

export interface ActionButtonConfig {
  region: Region;
  label: string;
  /** Drawn instead of the label where the label does not fit (a customer's short name). */
  shortLabel?: string;
  /** A second, quieter line under the label (a reason, a summary). */
  detail?: string;
  /** Right-aligned text on the label's line (an hours cost). */
  aside?: string;
  icon?: IconKey;
  iconColour?: number;
  action: DataAction;
  variant?: ButtonVariant;
  /** Tighter padding and a smaller key badge, for a long list of short lines. */
  compact?: boolean;
  /** 1–9: shows a key badge and makes the number key press it. */
  shortcut?: number;
  /** Drawn in the key badge instead of the number (a room's vote letter); the number key still presses it. */
  keyLabel?: string;
  unavailable?: boolean;
  /** Grow taller than the region to fit wrapped text. */
  autoHeight?: boolean;
  align?: 'left' | 'center';
  group?: DomGroup;
  primary?: boolean;
  autofocus?: boolean;
  data?: Readonly<Record<string, string>>;
  description?: string;
  once?: boolean;
  onActivate: () => void;
  /** Called when the pointer or focus enters (true) or leaves (false). */
  onHighlight?: (on: boolean) => void;
}

const fills: Record<ButtonVariant, { fill: number; hover: number; ink: number; edge: number }> = {
  primary: {
    fill: palette.skyBlue,
    hover: palette.yellow,
    ink: palette.inkDark,
    edge: palette.skyBlue,
  },
  secondary: {
    fill: palette.panelRaised,
    hover: palette.panelHover,
    ink: palette.ink,
    edge: palette.line,
  },
  choice: {
    fill: palette.panelRaised,
    hover: palette.panelHover,
    ink: palette.ink,
    edge: palette.line,
  },
  quiet: { fill: palette.panel, hover: palette.panelRaised, ink: palette.ink, edge: palette.line },
};

export class ActionButton extends Phaser.GameObjects.Container {
  readonly element: HTMLButtonElement;
  readonly buttonHeight: number;
  private readonly background: Phaser.GameObjects.Rectangle;
  private readonly labelText: Phaser.GameObjects.Text;
  private readonly colours: (typeof fills)[ButtonVariant];

  constructor(
    scene: Phaser.Scene,
    private readonly dom: DomLayer,
    private readonly config: ActionButtonConfig,
  ) {
    const { region } = config;
    super(scene, region.x, region.y);
    const variant = config.variant ?? 'secondary';
    this.colours = fills[variant];
    const unavailable = Boolean(config.unavailable);
    const ink = unavailable ? palette.inkMuted : this.colours.ink;
    const align = config.align ?? (variant === 'choice' ? 'left' : 'center');

    const padX = config.compact ? button.compactPaddingX : button.paddingX;
    const keyBadge = config.compact ? button.compactKeyBadge : button.keyBadge;
    let left = padX;
    let right = region.width - padX;
    const parts: Phaser.GameObjects.GameObject[] = [];
    if (config.shortcut !== undefined) {
      const badge = scene.add
        .rectangle(left, 0, keyBadge, keyBadge, palette.track)
        .setOrigin(0, 0.5)
        .setRounded(corner.badge)
        .setStrokeStyle(stroke.thin, palette.inkMuted);
      const digit = scene.add
        .text(left + keyBadge / 2, 0, String(config.shortcut), textStyle('label', { bold: true }))
        .setOrigin(0.5);
      parts.push(badge, digit);
      left += keyBadge + (config.compact ? space.md : space.lg);
    }
    if (config.icon) {
      const icon = scene.add
        .image(left, 0, iconTexture(scene, config.icon))
        .setOrigin(0, 0.5)
        .setDisplaySize(button.iconSize, button.iconSize)
        .setTint(config.iconColour ?? ink);
      parts.push(icon);
      left += button.iconSize + 14;
    }
    let asideText: Phaser.GameObjects.Text | undefined;
    if (config.aside) {
      asideText = scene.add
        .text(right, 0, config.aside, textStyle('body', { bold: true, colour: ink }))
        .setOrigin(1, 0.5);
      right -= asideText.width + 18;
      parts.push(asideText);
    }
    const textWidth = Math.max(40, right - left);
    const wraps = Boolean(config.autoHeight);
    const big = variant !== 'choice' && region.height >= button.height;
    this.labelText = scene.add.text(
      align === 'center' ? (left + right) / 2 : left,
      0,
      config.label,
      textStyle(big ? 'subheading' : config.compact ? 'label' : 'body', {
        bold: variant !== 'choice',
        colour: ink,
        align,
        ...(wraps ? { wrap: textWidth } : {}),
      }),
    );
    // A fixed-size button keeps each line to one line; the DOM twin keeps the whole text.
    if (!wraps) fitShortened(this.labelText, textWidth, config.shortLabel);
    let detailText: Phaser.GameObjects.Text | undefined;
    if (config.detail) {
      detailText = scene.add.text(
        align === 'center' ? (left + right) / 2 : left,
        0,
        config.detail,
        textStyle('small', {
          colour: variant === 'primary' && !unavailable ? palette.inkDark : palette.inkMuted,
          align,
          ...(wraps ? { wrap: textWidth } : {}),
        }),
      );
      if (!wraps) fitWidth(detailText, textWidth);
    }
    const textHeight = this.labelText.height + (detailText ? detailText.height + 4 : 0);
    const height = config.autoHeight
      ? Math.max(region.height, textHeight + 2 * button.paddingY)
      : region.height;
    this.buttonHeight = height;
    const middle = height / 2;
    const top = middle - textHeight / 2;
    this.labelText.setOrigin(align === 'center' ? 0.5 : 0, 0).setY(top);
    detailText?.setOrigin(align === 'center' ? 0.5 : 0, 0).setY(top + this.labelText.height + 4);
    for (const part of parts) (part as unknown as { y: number }).y = middle;

    this.background = scene.add
      .rectangle(0, 0, region.width, height, unavailable ? palette.panel : this.colours.fill)
      .setOrigin(0, 0)
      .setRounded(corner.button)
      .setStrokeStyle(stroke.thin, unavailable ? palette.line : this.colours.edge);
    this.add([this.background, ...parts, this.labelText, ...(detailText ? [detailText] : [])]);
    this.setSize(region.width, height);
    scene.add.existing(this);

    const text = [config.label, config.aside, config.detail].filter((line): line is string =>
      Boolean(line),
    );
    this.element = dom.button({
      text,
      action: config.action,
      region: { ...region, height },
      onActivate: config.onActivate,
      ...(config.group ? { group: config.group } : {}),
      ...(config.shortcut !== undefined ? { shortcut: config.shortcut } : {}),
      ...(config.primary ? { primary: true } : {}),
      ...(config.autofocus ? { autofocus: true } : {}),
      ...(unavailable ? { unavailable: true } : {}),
      ...(config.description ? { description: config.description } : {}),
      ...(config.data ? { data: config.data } : {}),
      ...(config.once !== undefined ? { once: config.once } : {}),
      onHighlight: (on) => this.highlight(on),
    });
    this.once(Phaser.GameObjects.Events.DESTROY, () => this.element.remove());
  }

  private highlight(on: boolean): void {
    if (!this.active) return;
    // What the scene does on a highlight may change anything; the button alone changes itself.
    tellCanvasChanged(this.scene, this.config.onHighlight ? undefined : this);
    this.config.onHighlight?.(on);
    if (this.config.unavailable) return;
    this.background.setFillStyle(on ? this.colours.hover : this.colours.fill);
    this.background.setStrokeStyle(
      on ? stroke.thick : stroke.thin,
      on ? palette.yellow : this.colours.edge,
    );
  }

  /** Changes the label (a toggle): the canvas and the DOM twin together. */
  setLabel(label: string): this {
    this.labelText.setText(label);
    this.dom.setText(this.element, [label]);
    return this;
  }

  /** Moves the button, the DOM twin with it. */
  placeAt(x: number, y: number): this {
    this.setPosition(x, y);
    this.dom.place(this.element, {
      x,
      y,
      width: this.config.region.width,
      height: this.buttonHeight,
    });
    return this;
  }
}
