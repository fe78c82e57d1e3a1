import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import {
  mergeRegions,
  overlaps,
  regionArea,
  snapToCanvas,
  unionOf,
} from '../../src/app/changedRegions';
import type { Region } from '../../src/ui/layout';

const canvas: Region = { x: 0, y: 0, width: 1280, height: 720 };

const region = fc.record({
  x: fc.integer({ min: -200, max: 1400 }),
  y: fc.integer({ min: -200, max: 800 }),
  width: fc.integer({ min: 1, max: 500 }),
  height: fc.integer({ min: 1, max: 300 }),
});

function contains(outer: Region, inner: Region): boolean {
  return (
    outer.x <= inner.x &&
    outer.y <= inner.y &&
    outer.x + outer.width >= inner.x + inner.width &&
    outer.y + outer.height >= inner.y + inner.height
  );
}

describe('changed regions', () => {
  it('grows a region by the margin, out to whole pixels', () => {
    expect(snapToCanvas({ x: 10.4, y: 20.6, width: 30.2, height: 5 }, 6, canvas)).toEqual({
      x: 4,
      y: 14,
      width: 43,
      height: 18,
    });
  });

  it('clips a region to the canvas, and drops one wholly off it', () => {
    expect(snapToCanvas({ x: -50, y: 700, width: 100, height: 100 }, 0, canvas)).toEqual({
      x: 0,
      y: 700,
      width: 50,
      height: 20,
    });
    expect(snapToCanvas({ x: 1300, y: 10, width: 50, height: 50 }, 6, canvas)).toBeUndefined();
  });

  it('treats regions that only touch as not overlapping', () => {
    const left = { x: 0, y: 0, width: 10, height: 10 };
    expect(overlaps(left, { x: 10, y: 0, width: 10, height: 10 })).toBe(false);
    expect(overlaps(left, { x: 9, y: 9, width: 10, height: 10 })).toBe(true);
  });

  it('merges a chain of overlaps into one region, even when the chain comes back', () => {
    // c overlaps neither a nor b until a and b have merged.
    const a = { x: 0, y: 0, width: 10, height: 10 };
    const c = { x: 12, y: 0, width: 5, height: 5 };
    const b = { x: 8, y: 8, width: 10, height: 10 };
    expect(mergeRegions([a, c, b])).toEqual([{ x: 0, y: 0, width: 18, height: 18 }]);
  });

  it('merged regions cover every region given, within their union, and never overlap', () => {
    fc.assert(
      fc.property(fc.array(region, { maxLength: 12 }), (regions) => {
        const merged = mergeRegions(regions);
        for (const given of regions) expect(merged.some((m) => contains(m, given))).toBe(true);
        for (let i = 0; i < merged.length; i += 1) {
          for (let j = i + 1; j < merged.length; j += 1) {
            expect(overlaps(merged[i]!, merged[j]!)).toBe(false);
          }
        }
        if (regions.length > 0) {
          const all = regions.reduce(unionOf);
          for (const m of merged) expect(contains(all, m)).toBe(true);
        }
        expect(merged.length).toBeLessThanOrEqual(regions.length);
      }),
    );
  });

  it('snapped regions lie on the canvas, in whole pixels, covering the region given', () => {
    fc.assert(
      fc.property(region, fc.integer({ min: 0, max: 10 }), (given, margin) => {
        const snapped = snapToCanvas(given, margin, canvas);
        if (!snapped) {
          expect(overlaps(given, canvas)).toBe(false);
          return;
        }
        expect(contains(canvas, snapped)).toBe(true);
        for (const value of Object.values(snapped)) expect(Number.isInteger(value)).toBe(true);
        expect(regionArea(snapped)).toBeGreaterThan(0);
        // What of the region itself is on the canvas lies inside (the margin may reach it in).
        const onCanvas = snapToCanvas(given, 0, canvas);
        if (onCanvas) expect(contains(snapped, onCanvas)).toBe(true);
      }),
    );
  });
});
