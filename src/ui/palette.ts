/**
 * Colour-blind-safe palette (Okabe–Ito), plus the neutrals of the board.
 * Colour never carries meaning alone: every meter also shows a number or an icon.
 */
export const palette = {
  background: 0x141b2d,
  panel: 0x1f2a44,
  panelRaised: 0x2b3a5c,
  panelHover: 0x3a4d78,
  line: 0x4a5b82,
  track: 0x121828,
  ink: 0xf4f1ea,
  inkMuted: 0xb9c2d6,
  inkDark: 0x10151f,
  orange: 0xe69f00,
  skyBlue: 0x56b4e9,
  bluishGreen: 0x009e73,
  yellow: 0xf0e442,
  blue: 0x0072b2,
  vermillion: 0xd55e00,
  reddishPurple: 0xcc79a7,
} as const;

/** What each colour means on the board, so scenes never pick colours ad hoc. */
export const meaning = {
  capability: palette.skyBlue,
  ownership: palette.orange,
  morale: palette.bluishGreen,
  energy: palette.yellow,
  good: palette.bluishGreen,
  bad: palette.vermillion,
  warning: palette.vermillion,
  coached: palette.bluishGreen,
  rescued: palette.reddishPurple,
  help: palette.orange,
  focus: palette.yellow,
  admin: palette.inkMuted,
  followUp: palette.reddishPurple,
  committed: palette.skyBlue,
  bookings: palette.bluishGreen,
  discount: palette.vermillion,
} as const;

/** One colour per rep, in team order: avatars are told apart by colour and initial. */
export const repColours = [
  palette.skyBlue,
  palette.orange,
  palette.bluishGreen,
  palette.reddishPurple,
  palette.yellow,
  palette.vermillion,
  palette.blue,
  0x9aa5bd,
] as const;

/** CSS form of a palette colour, for Phaser Text styles. */
export function cssColour(colour: number): string {
  return `#${colour.toString(16).padStart(6, '0')}`;
}
