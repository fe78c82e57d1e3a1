/**
 * Colour-blind-safe palette (Okabe–Ito), plus the neutrals of the board.
 * Colour never carries meaning alone: every meter also shows a number or an icon.
 */
export const palette = {
  background: 0x141b2d,
  panel: 0x1f2a44,
  panelRaised: 0x2b3a5c,
  ink: 0xf4f1ea,
  inkMuted: 0xb9c2d6,
  orange: 0xe69f00,
  skyBlue: 0x56b4e9,
  bluishGreen: 0x009e73,
  yellow: 0xf0e442,
  blue: 0x0072b2,
  vermillion: 0xd55e00,
  reddishPurple: 0xcc79a7,
} as const;

/** CSS form of a palette colour, for Phaser Text styles. */
export function cssColour(colour: number): string {
  return `#${colour.toString(16).padStart(6, '0')}`;
}
