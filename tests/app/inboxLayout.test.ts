/** The inbox's layout: one column while it fits, two for a bigger pile, "+N more" only past that. */
import fc from 'fast-check';
import { describe, expect, test } from 'vitest';
import { type InboxGroup, placeInbox } from '../../src/ui/inboxLayout';

const sizes = { height: 600, itemHeight: 50, headerHeight: 30, gap: 10, maxColumns: 2 };

function groups(...counts: number[]): InboxGroup[] {
  return counts.map((count, index) => ({ kind: `kind${index}`, count }));
}

describe('placing the inbox', () => {
  test('a pile that fits one column stays in one, each kind under its heading', () => {
    const placed = placeInbox(groups(3, 2), sizes);
    expect(placed.columns).toBe(1);
    expect(placed.more).toBeUndefined();
    expect(placed.headers.map((h) => [h.kind, h.count, h.y])).toEqual([
      ['kind0', 3, 0],
      ['kind1', 2, 220],
    ]);
    expect(placed.items.map((slot) => slot.y)).toEqual([40, 100, 160, 260, 320]);
  });

  test('a bigger pile goes two abreast under each heading', () => {
    const placed = placeInbox(groups(9, 3), sizes);
    expect(placed.columns).toBe(2);
    expect(placed.more).toBeUndefined();
    expect(placed.items.slice(0, 3)).toEqual([
      { column: 0, y: 40 },
      { column: 1, y: 40 },
      { column: 0, y: 100 },
    ]);
  });

  test('every item gets its own place, inside the list, whatever the pile', () => {
    fc.assert(
      fc.property(fc.array(fc.integer({ min: 0, max: 30 }), { maxLength: 4 }), (counts) => {
        const placed = placeInbox(groups(...counts), sizes);
        const total = counts.reduce((a, b) => a + b, 0);
        const seen = new Set(placed.items.map((slot) => `${slot.column}:${slot.y}`));
        expect(seen.size).toBe(placed.items.length);
        for (const slot of [...placed.items, ...(placed.more ? [placed.more] : [])]) {
          expect(slot.y + sizes.itemHeight).toBeLessThanOrEqual(sizes.height);
          expect(slot.column).toBeLessThan(placed.columns);
        }
        // All of them, or as many as fit with "+N more" after them.
        if (placed.more === undefined) expect(placed.items).toHaveLength(total);
        else expect(placed.items.length).toBeLessThan(total);
        expect(placed.more === undefined || placed.columns === sizes.maxColumns).toBe(true);
      }),
    );
  });
});
