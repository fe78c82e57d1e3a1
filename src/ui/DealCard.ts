/**
 * A deal on the pipeline: the customer, the value, whose it is, and icons
 * for what is wrong with it (warning signals) and what happened to it
 * (coached, rescued, help asked). At risk shows as a thick border and a
 * warning icon, never by colour alone.
 */
import Phaser from 'phaser';
import type { DealCardView } from '../sim/selectors';
import { initial, money } from './format';
import { type IconKey, ideaIcon } from './icons';
import { iconTexture } from './iconTexture';
import { board, corner, stroke } from './layout';
import { meaning, palette } from './palette';
import { fitShortened, lineHeight, textStyle } from './typography';

export interface DealCardOptions {
  deal: DealCardView;
  repColour: number;
  currency: string;
  width: number;
  /** Full: two lines of name; compact: one; mini: the name and whose it is, for a crowded column. */
  density: CardDensity;
}

export type CardDensity = 'full' | 'compact' | 'mini';

/** A card's height at the current text size: name lines, then the value-and-icons row. */
export function cardHeight(density: CardDensity): number {
  const { padding, icon } = board.card;
  const line = lineHeight('small', true);
  const row = Math.max(icon, lineHeight('small')) + 4;
  if (density === 'mini') return Math.max(board.card.miniHeight, line + 2 * 8);
  const nameLines = density === 'full' ? 2 : 1;
  return Math.max(
    density === 'full' ? board.card.height : board.card.compactHeight,
    2 * padding + nameLines * line + 2 + row,
  );
}

/** The width a mini card leaves for the name, beside the rep's initial. */
export function miniNameRoom(cardWidth: number): number {
  return cardWidth - mini.nameLeft - (mini.badgeRight + 2 * mini.badgeRadius) - mini.nameGap;
}

/** A mini card's one line: the name from the stripe, the rep's initial at the right edge. */
const mini = { nameLeft: 16, badgeRight: 6, badgeRadius: 13, nameGap: 4 } as const;

/** Whose deal it is: the rep's initial on a disc in the rep's colour. */
function repBadge(
  scene: Phaser.Scene,
  x: number,
  y: number,
  radius: number,
  options: DealCardOptions,
): Phaser.GameObjects.GameObject[] {
  const disc = scene.add.graphics();
  disc.fillStyle(options.repColour);
  disc.fillCircle(x, y, radius);
  const letter = scene.add
    .text(
      x,
      y,
      initial(options.deal.repName),
      textStyle('small', { bold: true, colour: palette.inkDark }),
    )
    .setOrigin(0.5);
  return [disc, letter];
}

/**
 * A card's shapes (background, stripe, badge) before its words and icons:
 * none overlaps another part, so the card looks the same, and a board of
 * cards draws in two batches a card instead of one per part (on software
 * WebGL each switch between shapes and textures is dear).
 */
function shapesFirst(parts: Phaser.GameObjects.GameObject[]): Phaser.GameObjects.GameObject[] {
  const isShape = (part: Phaser.GameObjects.GameObject) =>
    part instanceof Phaser.GameObjects.Shape || part instanceof Phaser.GameObjects.Graphics;
  return [...parts.filter(isShape), ...parts.filter((part) => !isShape(part))];
}

export class DealCard extends Phaser.GameObjects.Container {
  readonly cardHeight: number;

  constructor(scene: Phaser.Scene, x: number, y: number, options: DealCardOptions) {
    super(scene, x, y);
    const { deal, width, density } = options;
    const compact = density !== 'full';
    const { padding, icon: iconPx } = board.card;
    const height = cardHeight(density);
    this.cardHeight = height;
    const parts: Phaser.GameObjects.GameObject[] = [];
    const background = scene.add
      .rectangle(0, 0, width, height, palette.panelRaised)
      .setOrigin(0, 0)
      .setRounded(corner.card)
      .setStrokeStyle(
        deal.atRisk ? stroke.thick : stroke.thin,
        deal.atRisk ? meaning.warning : palette.line,
      );
    const stripe = scene.add
      .rectangle(4, 6, 7, height - 12, options.repColour)
      .setOrigin(0, 0)
      .setRounded(3);
    parts.push(background, stripe);
    const left = padding + 10;
    const inner = width - left - padding;

    if (density === 'mini') {
      this.drawMini(scene, options, width, height, parts);
      this.add(shapesFirst(parts));
      this.setSize(width, height);
      scene.add.existing(this);
      return;
    }
    const name = scene.add.text(
      left,
      padding - 2,
      deal.customer,
      textStyle('small', { bold: true, ...(compact ? {} : { wrap: inner }) }),
    );
    if (compact) fitShortened(name, inner, deal.shortCustomer);
    else if (name.getWrappedText(deal.customer).length > 2) name.setText(deal.shortCustomer);
    parts.push(name);

    const icons: { key: IconKey; colour: number }[] = [];
    if (deal.helpRequests > 0) icons.push({ key: 'help', colour: meaning.help });
    if (deal.rescued) icons.push({ key: 'rescued', colour: meaning.rescued });
    if (deal.coachedThisStage) icons.push({ key: 'coached', colour: meaning.coached });
    if (deal.atRisk) icons.push({ key: 'atRisk', colour: meaning.warning });
    const warnings = deal.warningIdeas.map((idea) => ({
      key: ideaIcon(idea),
      colour: palette.inkMuted,
    }));

    // The bottom row: value and whose deal on the left, icons from the right.
    const rowY = height - padding - iconPx / 2 - 2;
    const value = scene.add
      .text(left, rowY, money(deal.value, options.currency), textStyle('small'))
      .setOrigin(0, 0.5);
    const badgeX = value.x + value.width + 22;
    parts.push(value, ...repBadge(scene, badgeX, rowY, 15, options));
    const all = [...icons, ...warnings];
    const room = Math.max(0, Math.floor((width - padding - (badgeX + 20) + 4) / (iconPx + 4)));
    const shown = all.length > room ? all.slice(0, Math.max(0, room - 1)) : all;
    let iconX = width - padding;
    if (shown.length < all.length) {
      const more = scene.add
        .text(iconX, rowY, `+${all.length - shown.length}`, textStyle('small', { bold: true }))
        .setOrigin(1, 0.5);
      parts.push(more);
      iconX -= more.width + 4;
    }
    for (const item of [...shown].reverse()) {
      parts.push(
        scene.add
          .image(iconX, rowY, iconTexture(scene, item.key))
          .setOrigin(1, 0.5)
          .setDisplaySize(iconPx, iconPx)
          .setTint(item.colour),
      );
      iconX -= iconPx + 4;
    }
    this.add(shapesFirst(parts));
    this.setSize(width, height);
    scene.add.existing(this);
  }

  /**
   * One line: the name, and on the right the rep's initial and, where the
   * name leaves room, the at-risk sign (the thick edge says it too).
   */
  private drawMini(
    scene: Phaser.Scene,
    options: DealCardOptions,
    width: number,
    height: number,
    parts: Phaser.GameObjects.GameObject[],
  ): void {
    const { deal } = options;
    const { icon: iconPx } = board.card;
    const y = height / 2;
    const badgeX = width - mini.badgeRight - mini.badgeRadius;
    parts.push(...repBadge(scene, badgeX, y, mini.badgeRadius, options));
    let right = badgeX - mini.badgeRadius - mini.nameGap;
    const left = mini.nameLeft;
    const name = scene.add
      .text(left, y, deal.customer, textStyle('small', { bold: true }))
      .setOrigin(0, 0.5);
    const roomWithSign = right - iconPx - mini.nameGap - left;
    // The name, or failing that its short form, must fit beside the sign (measured as drawn).
    const fitsWithSign = (): boolean => {
      if (name.width <= roomWithSign) return true;
      const full = name.text;
      const fits = name.setText(deal.shortCustomer).width <= roomWithSign;
      name.setText(full);
      return fits;
    };
    if (deal.atRisk && fitsWithSign()) {
      parts.push(
        scene.add
          .image(right, y, iconTexture(scene, 'atRisk'))
          .setOrigin(1, 0.5)
          .setDisplaySize(iconPx, iconPx)
          .setTint(meaning.warning),
      );
      right -= iconPx + mini.nameGap;
    }
    fitShortened(name, right - left, deal.shortCustomer);
    parts.push(name);
  }
}
