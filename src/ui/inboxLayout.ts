/**
 * Where the week's inbox goes: one compact line an item, grouped by kind
 * under a heading each, in one column, or two side by side when the pile
 * outgrows one. The board widens the inbox for the second column (the
 * pipeline gives way), so a growing pile is seen growing, and every item is
 * on screen at once. Only a pile too big even for the widest inbox ends in a
 * "+N more" line that opens the rest.
 */

export interface InboxGroup<K extends string = string> {
  kind: K;
  count: number;
  /** The group's whole size, when only `count` of it is shown. */
  total?: number;
}

export interface InboxSlot {
  column: number;
  /** Top of the slot, from the top of the list. */
  y: number;
}

export interface InboxPlacement<K extends string = string> {
  columns: number;
  headers: (InboxSlot & { kind: K; count: number })[];
  /** One slot an item shown, in the order of the groups. */
  items: InboxSlot[];
  /** Where the "+N more" line goes, when not every item fits. */
  more?: InboxSlot;
}

export interface InboxSizes {
  /** The list's height. */
  height: number;
  itemHeight: number;
  headerHeight: number;
  gap: number;
  /** The most columns the board can give the inbox. */
  maxColumns: number;
}

/**
 * Lays the groups out `columns` wide: each group's heading across the
 * list, its items in rows under it. Undefined when they do not all fit.
 */
function flow<K extends string>(
  groups: readonly InboxGroup<K>[],
  columns: number,
  sizes: InboxSizes,
  reserveMore: boolean,
): InboxPlacement<K> | undefined {
  const { height, itemHeight, headerHeight, gap } = sizes;
  const placement: InboxPlacement<K> = { columns, headers: [], items: [] };
  let y = 0;
  let last: InboxSlot | undefined;
  for (const group of groups) {
    if (group.count <= 0) continue;
    placement.headers.push({ column: 0, y, kind: group.kind, count: group.total ?? group.count });
    y += headerHeight + gap;
    for (let index = 0; index < group.count; index += 1) {
      last = { column: index % columns, y: y + Math.floor(index / columns) * (itemHeight + gap) };
      placement.items.push(last);
    }
    y += Math.ceil(group.count / columns) * (itemHeight + gap);
  }
  if (reserveMore) {
    // The "+N more" line takes the next place in the last row, or a row of its own.
    placement.more =
      last && last.column < columns - 1 ? { column: last.column + 1, y: last.y } : { column: 0, y };
    if (placement.more.column === 0) y += itemHeight + gap;
  }
  return y - gap <= height ? placement : undefined;
}

/** The fewest columns that hold every item, or the widest inbox with as many as fit and "+N more". */
export function placeInbox<K extends string>(
  groups: readonly InboxGroup<K>[],
  sizes: InboxSizes,
): InboxPlacement<K> {
  for (let columns = 1; columns <= sizes.maxColumns; columns += 1) {
    const placed = flow(groups, columns, sizes, false);
    if (placed) return placed;
  }
  // Too many for the widest inbox: drop items from the end until the rest and "+N more" fit.
  const total = groups.reduce((sum, group) => sum + group.count, 0);
  for (let shown = total - 1; shown >= 0; shown -= 1) {
    let left = shown;
    const cut = groups.map((group) => {
      const count = Math.min(group.count, left);
      left -= count;
      return { ...group, count, total: group.count };
    });
    const placed = flow(cut, sizes.maxColumns, sizes, true);
    if (placed) return placed;
  }
  return { columns: sizes.maxColumns, headers: [], items: [], more: { column: 0, y: 0 } };
}
