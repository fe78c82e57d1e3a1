/**
 * The one place for screen geometry and type sizes. The game draws on a
 * 1920×1080 stage that Phaser scales to fit any window at 16:9, so a size
 * here is in stage pixels: 24 px on the stage is 16 px at 1280×720.
 */
export const stage = { width: 1920, height: 1080 } as const;

export const margin = 48;

/** Type scale. Nothing smaller than `minimum` is ever drawn. */
export const textSize = {
  minimum: 24,
  body: 28,
  label: 26,
  heading: 44,
  title: 112,
} as const;

export const fontFamily = "'Segoe UI', 'Noto Sans', 'DejaVu Sans', system-ui, sans-serif";
