/** Where a chart's week labels go. */

/** Which x labels to draw: every so many, and the last, never two crowding each other. */
export function xLabelIndexes(count: number, most = 7): number[] {
  const every = Math.max(1, Math.ceil(count / most));
  const shown: number[] = [];
  for (let index = 0; index < count; index += every) {
    if (index !== count - 1 && count - 1 - index < every) continue;
    shown.push(index);
  }
  if (count > 0 && shown.at(-1) !== count - 1) shown.push(count - 1);
  return shown;
}
