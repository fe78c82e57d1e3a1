/** A rounded panel with an optional heading: the board's and the screens' sections. */
import type Phaser from 'phaser';
import { corner, panel, type Region, space, stroke } from './layout';
import { palette } from './palette';
import { textStyle } from './typography';

export interface PanelOptions {
  heading?: string;
  /** Right-aligned words on the heading line (a count, a total). */
  aside?: string;
  /** A shorter aside for when the long one would touch the heading. */
  asideShort?: string;
  fill?: number;
  edge?: number;
}

export interface PanelInner extends Region {
  /** The panel's background, to resize once its content is known. */
  frame: Phaser.GameObjects.Rectangle;
  /** Where the heading ends on the right (for things set beside it). */
  headingRight: number;
}

/** Draws the panel; returns the region inside it, below the heading. */
export function addPanel(
  scene: Phaser.Scene,
  region: Region,
  options: PanelOptions = {},
): PanelInner {
  const frame = scene.add
    .rectangle(region.x, region.y, region.width, region.height, options.fill ?? palette.panel)
    .setOrigin(0, 0)
    .setRounded(corner.panel)
    .setStrokeStyle(stroke.thin, options.edge ?? palette.line);
  let top = region.y + panel.padding;
  let headingRight = region.x + panel.padding;
  if (options.heading) {
    const heading = scene.add.text(
      region.x + panel.padding,
      region.y + panel.padding - 4,
      options.heading,
      textStyle('subheading', { bold: true }),
    );
    headingRight = heading.x + heading.width;
    if (options.aside) {
      const aside = scene.add
        .text(
          region.x + region.width - panel.padding,
          region.y + panel.padding,
          options.aside,
          textStyle('body', { colour: palette.inkMuted }),
        )
        .setOrigin(1, 0);
      const touches = () => aside.x - aside.width < headingRight + 16;
      if (touches() && options.asideShort) aside.setText(options.asideShort);
      if (touches()) aside.setVisible(false);
    }
    // Content starts below the heading, however large the text is set.
    top = Math.max(region.y + panel.headingHeight, heading.y + heading.height + space.sm);
  }
  return {
    frame,
    headingRight,
    x: region.x + panel.padding,
    y: top,
    width: region.width - 2 * panel.padding,
    height: region.y + region.height - panel.padding - top,
  };
}
