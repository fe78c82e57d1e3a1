/**
 * A page of plain DOM over the game: headings, lines and tables, with its own
 * buttons (`data-action` as everywhere). The printable summary is one; it
 * prints alone (page.css hides the game under `@media print`). While it is
 * open the game is inert and Escape closes it.
 */
import type { DescriptionTable } from './DomLayer';
import { chartElement, type DomChart } from './domChart';
import { make, tableOf } from './domElements';

export interface DomPageSection {
  heading: string;
  lines?: readonly string[];
  table?: DescriptionTable;
  /** A line chart above the table (its figures are the table's). */
  chart?: DomChart;
  /** Boxes to type into; what is typed also prints. */
  fields?: readonly DomPageField[];
}

export interface DomPageField {
  id: string;
  label: string;
  value: string;
  onInput(value: string): void;
}

/** A labelled box to type into, with a copy of its words that prints in its place. */
function fieldOf(field: DomPageField): HTMLElement {
  const holder = make('div', 'dom-page-field');
  const label = make('label', undefined, field.label);
  const box = make('textarea');
  box.id = `field-${field.id}`;
  box.dataset.field = field.id;
  box.rows = 4;
  box.value = field.value;
  label.htmlFor = box.id;
  const printed = make('p', 'dom-page-printed', field.value);
  box.addEventListener('input', () => {
    printed.textContent = box.value;
    field.onInput(box.value);
  });
  holder.append(label, box, printed);
  return holder;
}

export interface DomPageContent {
  id: string;
  heading: string;
  /** A line under the heading: what this page is of. */
  subtitle: string;
  sections: readonly DomPageSection[];
  actions: readonly { text: string; action: string; onActivate: () => void }[];
  /** Called when the page closes, however it is closed. */
  onClose?: () => void;
}

/** Opens the page (replacing one with the same id); returns a function that closes it. */
export function openDomPage(content: DomPageContent): () => void {
  document.getElementById(content.id)?.remove();
  const game = document.getElementById('app');
  const page = document.createElement('article');
  page.id = content.id;
  page.className = 'dom-page';
  page.setAttribute('role', 'dialog');
  page.setAttribute('aria-modal', 'true');
  page.setAttribute('aria-labelledby', `${content.id}-heading`);
  const heading = document.createElement('h1');
  heading.id = `${content.id}-heading`;
  heading.textContent = content.heading;
  const subtitle = document.createElement('p');
  subtitle.className = 'dom-page-subtitle';
  subtitle.textContent = content.subtitle;
  const actions = document.createElement('div');
  actions.className = 'dom-page-actions';
  page.append(heading, subtitle, actions);
  for (const section of content.sections) {
    const part = document.createElement('section');
    const title = document.createElement('h2');
    title.textContent = section.heading;
    part.append(title);
    if (section.lines && section.lines.length > 0) {
      const list = document.createElement('ul');
      for (const line of section.lines) {
        const item = document.createElement('li');
        item.textContent = line;
        list.append(item);
      }
      part.append(list);
    }
    if (section.chart) part.append(chartElement(section.chart));
    if (section.table) part.append(tableOf(section.table));
    for (const field of section.fields ?? []) part.append(fieldOf(field));
    page.append(part);
  }
  const close = () => {
    window.removeEventListener('keydown', onKey, true);
    page.remove();
    if (game) game.inert = false;
    content.onClose?.();
  };
  const onKey = (event: KeyboardEvent) => {
    if (event.key !== 'Escape') return;
    // Escape in a box being typed into leaves the box, not the page.
    if (event.target instanceof HTMLTextAreaElement) {
      event.target.blur();
      return;
    }
    event.preventDefault();
    event.stopImmediatePropagation();
    close();
  };
  for (const spec of content.actions) {
    const element = document.createElement('button');
    element.type = 'button';
    element.className = 'page-button';
    element.dataset.action = spec.action;
    element.textContent = spec.text;
    element.addEventListener('click', () => spec.onActivate());
    actions.append(element);
  }
  window.addEventListener('keydown', onKey, true);
  if (game) game.inert = true;
  document.body.append(page);
  actions.querySelector('button')?.focus();
  return close;
}
