/**
 * The accessible layer beside the canvas: every action on screen is also a
 * real <button> here, laid over its canvas twin. The layer is one 1920×1080
 * element scaled and placed exactly over the canvas, so a button's stage
 * region is its place in both. Keyboard and screen-reader users play through
 * these buttons; a mouse or finger lands on them too.
 *
 * Two groups: the screen's buttons, and a modal (pause, keys, settings) that
 * makes the screen inert while it is open. Each group can carry a visually
 * hidden description of what the canvas shows.
 */
import { tableOf } from './domElements';
import type { Region } from './layout';
import { stage } from './layout';

export const dataActions = [
  'new-game',
  'continue',
  'choose',
  'open-deal',
  'coach',
  'rescue',
  'review',
  'stay-out',
  'advance',
  'settings',
  'debrief',
  'rewind',
  'download',
  'open-file',
  'run-lab',
  'export',
  'facilitate',
  'compare',
] as const;
export type DataAction = (typeof dataActions)[number];

export type DomGroup = 'screen' | 'modal';

export interface DomButtonSpec {
  /** The visible text, line by line; together they are the button's accessible name. */
  text: readonly string[];
  action: DataAction;
  region: Region;
  onActivate: () => void;
  group?: DomGroup;
  /** 1–9: the number key that presses it. */
  shortcut?: number;
  /** Pressed by Enter or Space when no button has focus. */
  primary?: boolean;
  /** Gets focus when its screen opens. */
  autofocus?: boolean;
  /** Shown as unavailable but still focusable and pressable (pressing explains why). */
  unavailable?: boolean;
  /** Extra words for screen readers (read after the name). */
  description?: string;
  /** Extra data-* attributes (without the prefix). */
  data?: Readonly<Record<string, string>>;
  /** Ignore presses after the first (for buttons that leave the screen). Default true. */
  once?: boolean;
  /** Called when the pointer or the focus enters (true) or leaves (false). */
  onHighlight?: (on: boolean) => void;
}

export interface Description {
  heading: string;
  lines?: readonly string[];
  /** Figures a chart draws, as tables a screen reader (or a test) can walk. */
  tables?: readonly DescriptionTable[];
}

export interface DescriptionTable {
  caption: string;
  head: readonly string[];
  rows: readonly (readonly string[])[];
  /** data-* attributes of the element that holds the table (without the prefix). */
  data?: Readonly<Record<string, string>>;
}

function tableElement(table: DescriptionTable): HTMLElement {
  const holder = document.createElement('section');
  for (const [key, value] of Object.entries(table.data ?? {})) holder.dataset[key] = value;
  holder.append(tableOf(table));
  return holder;
}

let describedIds = 0;

export class DomLayer {
  private readonly stageElement: HTMLDivElement;
  private readonly groups: Record<DomGroup, HTMLElement>;
  private readonly descriptions: Record<DomGroup, HTMLElement>;
  private canvas: HTMLCanvasElement | undefined;
  private observer: ResizeObserver | undefined;
  private returnFocus: HTMLElement | undefined;

  constructor(private readonly root: HTMLElement) {
    this.stageElement = document.createElement('div');
    this.stageElement.className = 'ui-stage';
    this.stageElement.style.width = `${stage.width}px`;
    this.stageElement.style.height = `${stage.height}px`;
    const screen = document.createElement('section');
    screen.className = 'ui-group ui-screen';
    const modal = document.createElement('section');
    modal.className = 'ui-group ui-modal';
    modal.setAttribute('role', 'dialog');
    modal.setAttribute('aria-modal', 'true');
    modal.hidden = true;
    this.groups = { screen, modal };
    this.descriptions = { screen: this.descriptionIn(screen), modal: this.descriptionIn(modal) };
    this.stageElement.append(screen, modal);
    root.append(this.stageElement);
    window.addEventListener('resize', this.onResize);
  }

  /**
   * Asks the player for a file through the browser's own file picker (a
   * hidden <input type="file" data-session-file>), and hands over its text.
   */
  chooseFile(onText: (text: string, name: string) => void): void {
    const picker = this.fileInput('sessionFile', 'Session file', false);
    picker.onchange = () => {
      const file = picker.files?.[0];
      if (!file) return;
      void file.text().then(
        (text) => onText(text, file.name),
        () => onText('', file.name),
      );
    };
    picker.click();
  }

  /**
   * Asks for several files at once (one per table) through a hidden
   * <input type="file" multiple data-session-files>, and hands over their texts.
   */
  chooseFiles(onFiles: (files: { text: string; name: string }[]) => void): void {
    const picker = this.fileInput('sessionFiles', 'Session files, one per table', true);
    picker.onchange = () => {
      const files = [...(picker.files ?? [])];
      if (files.length === 0) return;
      void Promise.all(
        files.map((file) =>
          file.text().then(
            (text) => ({ text, name: file.name }),
            () => ({ text: '', name: file.name }),
          ),
        ),
      ).then(onFiles);
    };
    picker.click();
  }

  /** The hidden file input under this data-* name, made once, emptied for a new choice. */
  private fileInput(name: 'sessionFile' | 'sessionFiles', label: string, multiple: boolean) {
    const attribute = name === 'sessionFile' ? 'data-session-file' : 'data-session-files';
    let input = this.root.querySelector<HTMLInputElement>(`input[${attribute}]`);
    if (!input) {
      input = document.createElement('input');
      input.type = 'file';
      input.multiple = multiple;
      input.accept = '.json,application/json';
      input.hidden = true;
      input.dataset[name] = '';
      input.setAttribute('aria-label', label);
      this.root.append(input);
    }
    input.value = '';
    return input;
  }

  private descriptionIn(group: HTMLElement): HTMLElement {
    const description = document.createElement('div');
    description.className = 'visually-hidden ui-description';
    group.append(description);
    return description;
  }

  /** Follows the canvas: call once Phaser has made it. */
  attach(canvas: HTMLCanvasElement): void {
    this.canvas = canvas;
    this.observer?.disconnect();
    this.observer = new ResizeObserver(() => this.fit());
    this.observer.observe(canvas);
    this.fit();
  }

  private readonly onResize = (): void => {
    // Phaser re-fits the canvas on its own resize handler; follow it on the next frames.
    requestAnimationFrame(() => requestAnimationFrame(() => this.fit()));
  };

  /** Places the layer exactly over the canvas. */
  fit(): void {
    if (!this.canvas) return;
    const canvasBox = this.canvas.getBoundingClientRect();
    const rootBox = this.root.getBoundingClientRect();
    if (canvasBox.width === 0) return;
    const scale = canvasBox.width / stage.width;
    const x = canvasBox.left - rootBox.left;
    const y = canvasBox.top - rootBox.top;
    this.stageElement.style.transform = `translate(${x}px, ${y}px) scale(${scale})`;
  }

  /** Sets what a screen reader hears as the screen's (or modal's) content. */
  describe(group: DomGroup, description: Description): void {
    const element = this.descriptions[group];
    element.replaceChildren();
    const heading = document.createElement(group === 'screen' ? 'h1' : 'h2');
    heading.textContent = description.heading;
    if (group === 'modal') {
      heading.id = 'ui-modal-heading';
      this.groups.modal.setAttribute('aria-labelledby', heading.id);
    }
    element.append(heading);
    const lines = description.lines ?? [];
    if (lines.length > 0) {
      const list = document.createElement('ul');
      for (const line of lines) {
        const item = document.createElement('li');
        item.textContent = line;
        list.append(item);
      }
      element.append(list);
    }
    for (const table of description.tables ?? []) element.append(tableElement(table));
  }

  button(spec: DomButtonSpec): HTMLButtonElement {
    const element = document.createElement('button');
    element.type = 'button';
    element.dataset.action = spec.action;
    for (const [key, value] of Object.entries(spec.data ?? {})) element.dataset[key] = value;
    spec.text.forEach((line, index) => {
      const span = document.createElement('span');
      span.textContent = index === 0 ? line : ` ${line}`;
      element.append(span);
    });
    this.place(element, spec.region);
    if (spec.shortcut !== undefined) {
      element.dataset.shortcut = String(spec.shortcut);
      element.setAttribute('aria-keyshortcuts', String(spec.shortcut));
    }
    if (spec.primary) element.dataset.primary = 'true';
    if (spec.autofocus) element.dataset.autofocus = 'true';
    if (spec.unavailable) element.setAttribute('aria-disabled', 'true');
    if (spec.description) {
      const described = document.createElement('span');
      describedIds += 1;
      described.id = `ui-described-${describedIds}`;
      described.className = 'visually-hidden';
      described.textContent = spec.description;
      element.append(described);
      element.setAttribute('aria-describedby', described.id);
    }
    const once = spec.once ?? true;
    element.addEventListener('click', (event) => {
      event.preventDefault();
      if (once && element.dataset.pressed === 'true') return;
      if (once) element.dataset.pressed = 'true';
      spec.onActivate();
    });
    if (spec.onHighlight) {
      const highlight = spec.onHighlight;
      element.addEventListener('pointerenter', () => highlight(true));
      element.addEventListener('pointerleave', () => highlight(element === document.activeElement));
      element.addEventListener('focus', () => highlight(true));
      element.addEventListener('blur', () => highlight(false));
    }
    this.groups[spec.group ?? 'screen'].append(element);
    return element;
  }

  /** Moves a button to a new region (its twin moved). */
  place(element: HTMLElement, region: Region): void {
    element.style.left = `${region.x}px`;
    element.style.top = `${region.y}px`;
    element.style.width = `${region.width}px`;
    element.style.height = `${region.height}px`;
  }

  /** Replaces a button's visible text (a toggle that changed). */
  setText(element: HTMLButtonElement, text: readonly string[]): void {
    const described = element.querySelector('.visually-hidden');
    element.replaceChildren();
    text.forEach((line, index) => {
      const span = document.createElement('span');
      span.textContent = index === 0 ? line : ` ${line}`;
      element.append(span);
    });
    if (described) element.append(described);
  }

  get modalOpen(): boolean {
    return !this.groups.modal.hidden;
  }

  openModal(description: Description): void {
    if (!this.modalOpen) {
      const active = document.activeElement;
      this.returnFocus =
        active instanceof HTMLElement && this.groups.screen.contains(active) ? active : undefined;
    }
    this.clear('modal');
    this.describe('modal', description);
    this.groups.modal.hidden = false;
    this.groups.screen.inert = true;
  }

  closeModal(): void {
    this.clear('modal');
    this.groups.modal.hidden = true;
    this.groups.screen.inert = false;
    const back = this.returnFocus;
    this.returnFocus = undefined;
    if (back?.isConnected) back.focus({ preventScroll: true });
    else this.focusFirst('screen');
  }

  /** Removes a group's buttons (and its description). */
  clear(group: DomGroup): void {
    for (const element of [...this.groups[group].querySelectorAll('button')]) element.remove();
    this.descriptions[group].replaceChildren();
  }

  private activeGroup(): HTMLElement {
    return this.modalOpen ? this.groups.modal : this.groups.screen;
  }

  /** Presses the button with this number key in the active group; false if there is none. */
  pressShortcut(digit: number): boolean {
    const element = this.activeGroup().querySelector<HTMLButtonElement>(
      `button[data-shortcut="${digit}"]`,
    );
    element?.click();
    return Boolean(element);
  }

  /** Presses the active group's primary button; false if there is none. */
  pressPrimary(): boolean {
    const element = this.activeGroup().querySelector<HTMLButtonElement>(
      'button[data-primary="true"]',
    );
    element?.click();
    return Boolean(element);
  }

  /** Focuses the group's autofocus button, or its first button. */
  focusFirst(group: DomGroup = this.modalOpen ? 'modal' : 'screen'): void {
    const container = this.groups[group];
    const target =
      container.querySelector<HTMLButtonElement>('button[data-autofocus="true"]') ??
      container.querySelector<HTMLButtonElement>('button');
    target?.focus({ preventScroll: true });
  }

  /** True when the element is one of this layer's buttons. */
  owns(element: EventTarget | null): boolean {
    return element instanceof HTMLButtonElement && this.stageElement.contains(element);
  }
}
