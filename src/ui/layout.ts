/**
 * The one place for screen geometry and type sizes. The game draws on a
 * 1920×1080 stage that Phaser scales to fit any window at 16:9, so a size
 * here is in stage pixels: 24 px on the stage is 16 px at 1280×720.
 *
 * Scenes place things by the named regions below; no scene writes its own
 * coordinates. The DOM layer uses the same stage pixels (it is scaled with
 * the canvas), so a button's region is its place in both.
 */
export const stage = { width: 1920, height: 1080 } as const;

export const margin = 48;
export const gap = 24;
export const smallGap = 12;

/** Spacing steps: the small distances between things on screen are one of these. */
export const space = { hair: 2, xs: 4, sm: 8, md: 12, lg: 16, xl: 24, xxl: 32 } as const;

/** Room kept for a meter's number after its bar ("100"). */
export const meterNumberWidth = 44;

/** Type scale. Nothing smaller than `minimum` is ever drawn, whatever the text-size setting. */
export const textSize = {
  minimum: 24,
  small: 24,
  label: 26,
  body: 28,
  subheading: 34,
  heading: 44,
  figure: 56,
  title: 104,
} as const;
export type TextRole = keyof typeof textSize;

/** The text-size setting: how much every size above is scaled. */
export const textScales = { normal: 1, large: 1.2 } as const;
export type TextScaleName = keyof typeof textScales;

export const lineSpacing = 6;

export const fontFamily = "'Segoe UI', 'Noto Sans', 'DejaVu Sans', system-ui, sans-serif";

export interface Region {
  x: number;
  y: number;
  width: number;
  height: number;
}

export const corner = { button: 16, panel: 20, card: 12, badge: 8 } as const;
export const stroke = { thin: 2, thick: 4, focus: 8 } as const;

/** Panels: padding inside, the heading's height. */
export const panel = { padding: 20, headingHeight: 56 } as const;

export const button = {
  height: 80,
  smallHeight: 64,
  paddingX: 24,
  paddingY: 14,
  /** The key hint ("1") drawn at a choice's left edge. */
  keyBadge: 44,
  /** A compact line's padding and key badge (the inbox's long list). */
  compactPaddingX: 12,
  compactKeyBadge: 38,
  iconSize: 40,
} as const;

export const iconSize = { small: 28, medium: 40, large: 56 } as const;

/** Every in-game screen's top bar: the screen's title on the left, menu buttons on the right. */
export const header = {
  x: margin,
  y: 24,
  width: stage.width - 2 * margin,
  height: 84,
  buttonWidth: 168,
  titleY: 6,
  subtitleGap: 28,
  /** Where the quarter's bookings bar sits on the week board. */
  quarter: { x: 560, y: 28, width: 840, barHeight: 24 },
} as const;

/** Top of the content below the header. */
export const contentTop = 128;
export const contentBottom = stage.height - 28;

// ─── Week board ────────────────────────────────────────────────────────────

/** The side column (the inbox and "End week") at its narrowest; it widens for a big pile. */
const sideWidth = 452;
const teamHeight = contentBottom - contentTop - 676;

/**
 * The board's regions for a side column this wide: the pipeline on the
 * left above the manager's week and the team, the inbox on the right. The
 * pipeline's foot is wherever the week strip above the team begins.
 */
export function boardRegions(side: number = sideWidth): {
  left: Region;
  team: Region;
  side: Region;
} {
  const sideX = stage.width - margin - side;
  const leftWidth = sideX - gap - margin;
  return {
    left: { x: margin, y: contentTop, width: leftWidth, height: contentBottom - contentTop },
    team: { x: margin, y: contentBottom - teamHeight, width: leftWidth, height: teamHeight },
    side: { x: sideX, y: contentTop, width: side, height: contentBottom - contentTop },
  };
}

export const board = {
  sideWidth,
  /** The widest the side column grows to give the inbox a second column. */
  maxSideWidth: 700,
  endWeek: { height: 84 },
  /** The manager's week: a strip between the pipeline and the team. */
  week: { padding: 14, headingGap: 24, rowGap: 10, energyBar: 150 },
  /** One rep's card on the team strip: name line, then a meter per stock. */
  rep: {
    gap: 12,
    padding: 10,
    avatar: 52,
    maxWidth: 300,
    meterRow: 34,
    nameHeight: 60,
    textGap: 14,
    /** The "3 deals" line, below the card's top. */
    infoY: 44,
  },
  /** The icons-and-words key to the meters, beside the team heading. */
  legend: { x: 150, itemGap: 26, y: 16 },
  /** Pipeline columns and deal cards. */
  column: { gap: 10, headerHeight: 56, inset: 12, headerY: 14, cardInset: 8 },
  /** The key to the card icons, under the columns. */
  cardKey: { height: 44, itemGap: 16, iconGap: 5 },
  card: { gap: 8, height: 112, compactHeight: 82, miniHeight: 46, padding: 10, icon: 28 },
  /** Inbox lines reach a little past the panel's padding on each side; a second column sits this far off. */
  inbox: { padY: 10, gap: 6, columnGap: 12, top: 4, bleed: 6, headerGap: 4 },
  hoursBar: {
    height: 44,
    columnGap: 8,
    swatchGap: 24,
    amountGap: 8,
  },
  /** How long a card takes to slide to its new column. */
  moveMs: 700,
} as const;

// ─── Decision ─────────────────────────────────────────────────────────────

export const decision = {
  deal: { x: margin, y: contentTop, width: 700, height: contentBottom - contentTop },
  talk: { x: 772, y: contentTop, width: 1100, height: contentBottom - contentTop },
  choice: { minHeight: 80, gap: 14 },
  /** The stage track on the deal panel. */
  stageTrack: { height: 44, gap: 6 },
  /** Speech bubbles: the manager's lines are indented from the left, the others from the right. */
  bubble: { padding: 20, gap: 14, indent: 80 },
  repAvatar: 72,
  bioLines: 3,
  meterBar: 150,
  meterRow: 42,
  warningRow: 40,
  /** Room kept at the foot of the deal panel for the hours line. */
  footerRoom: 110,
  /** The "back" button at the foot of the talk panel. */
  back: { height: 64 },
} as const;

// ─── Week results ─────────────────────────────────────────────────────────

export const results = {
  headline: { x: margin, y: contentTop, width: stage.width - 2 * margin },
  deals: { x: margin, y: contentTop + 76, width: 580 },
  team: { x: 652, y: contentTop + 76, width: 1220 },
  continue: { x: stage.width - margin - 560, y: contentBottom - 92, width: 560, height: 92 },
  dealRow: { height: 92, gap: 10, icon: 40 },
  repRow: {
    height: 60,
    avatar: 48,
    nameWidth: 236,
    meterWidth: 292,
    meterBar: 116,
    columnsHeight: 44,
  },
  /** The reasons: under the deals and the team, beside the way on. */
  why: {
    x: margin,
    width: stage.width - 2 * margin - 560 - gap,
    bottom: contentBottom,
    lineGap: 8,
  },
  meterMs: 900,
} as const;

// ─── Quarter review and end ───────────────────────────────────────────────

export const quarter = {
  figures: { x: margin, y: contentTop + 40, width: 700, height: 760 },
  chart: { x: 800, y: contentTop + 40, width: 1072, height: 760 },
  continue: results.continue,
} as const;

export const end = {
  headline: { x: margin, y: contentTop + 10, width: stage.width - 2 * margin },
  summary: { x: margin, y: contentTop + 110, width: 1060, height: 700 },
  chart: {
    x: margin + 1060 + gap,
    y: contentTop + 110,
    width: stage.width - 2 * margin - 1060 - gap,
    height: 700,
  },
  labelWidth: 260,
  rowGap: 22,
  continue: results.continue,
  secondary: { x: margin, y: contentBottom - 92, width: 480, height: 92 },
  download: { x: margin + 480 + gap, y: contentBottom - 92, width: 480, height: 92 },
} as const;

/** The debrief's tabs: two rows of them above the page. */
const debriefTabs = { perRow: 5, height: 56, gap: 12 };
const debriefTop = contentTop + 2 * debriefTabs.height + debriefTabs.gap + 20;
const debriefChartWidth = (stage.width - 2 * margin - gap) / 2;
const debriefChartHeight = (contentBottom - 92 - gap - debriefTop - gap) / 2;
const debriefPageHeight = 660;

/** A debrief page as two panels side by side, the left one this wide. */
function debriefHalves(leftWidth: number): { left: Region; right: Region } {
  return {
    left: { x: margin, y: debriefTop, width: leftWidth, height: debriefPageHeight },
    right: {
      x: margin + leftWidth + gap,
      y: debriefTop,
      width: stage.width - 2 * margin - leftWidth - gap,
      height: debriefPageHeight,
    },
  };
}

export const debrief = {
  tabs: {
    x: margin,
    y: contentTop,
    width: (stage.width - 2 * margin - (debriefTabs.perRow - 1) * 16) / debriefTabs.perRow,
    ...debriefTabs,
    columnGap: 16,
  },
  /** The discussion page: the loops on the left, the questions on the right. */
  discuss: debriefHalves(1100),
  /** The charts, two by two: the slot at this column and row. */
  chart: (column: number, row: number) => ({
    x: margin + column * (debriefChartWidth + gap),
    y: debriefTop + row * (debriefChartHeight + gap),
    width: debriefChartWidth,
    height: debriefChartHeight,
  }),
  /** The loops drawn: a row each, its name and sentence over its steps closing into a loop. */
  loops: {
    x: margin,
    y: debriefTop,
    width: stage.width - 2 * margin,
    rowHeight: (contentBottom - 92 - 12 - debriefTop) / 7,
    /** Where the steps start, right of the kind's ring. */
    chainX: 56,
    arrow: 56,
  },
  /** The decision marks' strip: a label column, then a cell per week. */
  marksLabel: 180,
  /** What led to this: the outcomes on the left, the picked one's chain and chart on the right. */
  causes: { ...debriefHalves(640), item: { height: 56, gap: 10 }, chartHeight: 250 },
  /** The policy lab: the choice of player on the left, its figures over many seasons on the right. */
  lab: { ...debriefHalves(700), control: { height: 56, gap: 12 } },
  /** The cost page: the ledger of wins on the left, the long-run score on the right. */
  cost: debriefHalves(960),
  /** Ledger columns: deal, rep and week, what was given away, booked. */
  ledgerColumns: [300, 190, 290, 130],
  /** Score columns: part, you, then each road. */
  scoreColumns: [330, 170, 140, 140],
  /** The decision log: filter rows, then the entries a page at a time. */
  log: {
    x: margin,
    y: debriefTop,
    width: stage.width - 2 * margin,
    filter: { label: 110, width: 260, height: 56, gap: 12 },
    /** Columns: week, deal, rep, decision, hours, what it did, how the deal ended. */
    columns: [90, 290, 150, 200, 170, 640, 280],
    rowHeight: 90,
    perPage: 5,
  },
  continue: results.continue,
} as const;

// ─── Title ────────────────────────────────────────────────────────────────

export const title = {
  brand: { x: 96, y: 150, width: 800 },
  actions: { x: 96, y: 520, width: 720, gap: 20 },
  scenarios: { x: 980, y: 110, width: 844 },
  /** The scenario list starts this far below its heading's top. */
  listTop: 76,
  continueHeight: 90,
  scenarioButton: { height: 104, gap: 14 },
  detail: { gap: 24, bottom: contentBottom - 20 },
  notice: { x: 96, y: 640, width: 800, height: 390 },
  /** The team drawn under the buttons when there is room. */
  illustration: { x: 150, y: 880, size: 104, step: 150, bubble: 44 },
  toast: { x: 96, y: 960, width: 820, height: 64 },
} as const;

// ─── Overlays (pause, keys, settings) ─────────────────────────────────────

export const overlay = {
  panel: { x: 460, y: 120, width: 1000, height: 840 },
  row: { height: 76, gap: 14 },
  /** The keys overlay of a facilitated session, which lists more keys. */
  widePanelWidth: 1400,
  /** Weeks per row in the rewind overlay. */
  weekColumns: 6,
  /** Where the keys overlay's second column (what a key does) starts. */
  keyColumn: 340,
} as const;

/** Short notices (a stay-out, a failed save): a toast at the foot of a screen, for a while. */
export const notice = {
  region: { x: margin, y: contentBottom - 72, width: 1300, height: 64 },
  /** On the board it covers the key to the card icons, not the cards or the team. */
  board: { x: margin, y: contentTop + 590, width: 1300, height: 70 },
  showMs: 5000,
  fadeMs: 600,
} as const;
