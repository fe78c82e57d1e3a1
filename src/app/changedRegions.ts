/**
 * The parts of the canvas a frame has to draw again: where something that
 * moves was and where it is now, grown a little, snapped to whole pixels,
 * clipped to the canvas, and merged until no two overlap.
 */
import type { Region } from '../ui/layout';

export function regionArea(region: Region): number {
  return region.width * region.height;
}

export function unionOf(a: Region, b: Region): Region {
  const x = Math.min(a.x, b.x);
  const y = Math.min(a.y, b.y);
  return {
    x,
    y,
    width: Math.max(a.x + a.width, b.x + b.width) - x,
    height: Math.max(a.y + a.height, b.y + b.height) - y,
  };
}

export function overlaps(a: Region, b: Region): boolean {
  return a.x < b.x + b.width && b.x < a.x + a.width && a.y < b.y + b.height && b.y < a.y + a.height;
}

/** Grown by `margin` on every side. */
export function grownBy(region: Region, margin: number): Region {
  return {
    x: region.x - margin,
    y: region.y - margin,
    width: region.width + 2 * margin,
    height: region.height + 2 * margin,
  };
}

/**
 * Grown by `margin` on every side, out to whole pixels, and clipped to the
 * canvas; undefined when nothing of it is on the canvas.
 */
export function snapToCanvas(region: Region, margin: number, canvas: Region): Region | undefined {
  const grown = grownBy(region, margin);
  const left = Math.max(canvas.x, Math.floor(grown.x));
  const top = Math.max(canvas.y, Math.floor(grown.y));
  const right = Math.min(canvas.x + canvas.width, Math.ceil(grown.x + grown.width));
  const bottom = Math.min(canvas.y + canvas.height, Math.ceil(grown.y + grown.height));
  if (right <= left || bottom <= top) return undefined;
  return { x: left, y: top, width: right - left, height: bottom - top };
}

/** Overlapping regions replaced by their union, until none overlap. */
export function mergeRegions(regions: readonly Region[]): Region[] {
  const merged = [...regions];
  let changed = true;
  while (changed) {
    changed = false;
    for (let i = 0; i < merged.length && !changed; i += 1) {
      for (let j = i + 1; j < merged.length; j += 1) {
        if (overlaps(merged[i]!, merged[j]!)) {
          // The union may now overlap a region already passed over: look again.
          merged[i] = unionOf(merged[i]!, merged[j]!);
          merged.splice(j, 1);
          changed = true;
          break;
        }
      }
    }
  }
  return merged;
}
