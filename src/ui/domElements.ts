/** Small builders for the plain DOM the game shows beside the canvas: an element, a table. */
import type { DescriptionTable } from './DomLayer';

export function make<K extends keyof HTMLElementTagNameMap>(
  tag: K,
  className?: string,
  text?: string,
): HTMLElementTagNameMap[K] {
  const element = document.createElement(tag);
  if (className) element.className = className;
  if (text !== undefined) element.textContent = text;
  return element;
}

/** A table with a caption, column headings, and each row headed by its first cell. */
export function tableOf(
  table: Pick<DescriptionTable, 'caption' | 'head' | 'rows'>,
): HTMLTableElement {
  const element = make('table');
  element.createCaption().textContent = table.caption;
  const headRow = element.createTHead().insertRow();
  for (const name of table.head) {
    const cell = make('th', undefined, name);
    cell.scope = 'col';
    headRow.append(cell);
  }
  const body = element.createTBody();
  for (const row of table.rows) {
    const line = body.insertRow();
    row.forEach((value, index) => {
      const cell = make(index === 0 ? 'th' : 'td', undefined, value);
      if (index === 0) (cell as HTMLTableCellElement).scope = 'row';
      line.append(cell);
    });
  }
  return element;
}
