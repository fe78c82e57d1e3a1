/**
 * The room vote at a decision of a facilitated session, laid over the stage:
 * the decision's options with letters (A is the option numbered 1), a bar of
 * raised hands for each with its count in words, and the controls to count
 * and to apply. It draws and counts; what the majority means, and taking the
 * option, are the facilitator's (src/app/Facilitator).
 */

import { make } from './domElements';

export interface VoteOption {
  action: string;
  label: string;
  /** The option cannot be taken now (the screen says why). */
  unavailable: boolean;
}

export interface VoteHandlers {
  count(index: number, change: 1 | -1): void;
  apply(index?: number): void;
  hide(): void;
}

export const voteLetters = 'ABCDEFGHI';

function control(
  text: string,
  action: string,
  data: Record<string, string>,
  label: string,
  onActivate: () => void,
): HTMLButtonElement {
  const button = make('button', 'room-vote-button', text);
  button.type = 'button';
  button.dataset.action = action;
  for (const [key, value] of Object.entries(data)) button.dataset[key] = value;
  button.setAttribute('aria-label', label);
  button.addEventListener('click', () => onActivate());
  return button;
}

export class RoomVoteCard {
  private readonly element: HTMLElement;
  private readonly counts: HTMLElement[] = [];
  private readonly fills: HTMLElement[] = [];
  private readonly status: HTMLElement;

  constructor(
    heading: string,
    private readonly options: readonly VoteOption[],
    handlers: VoteHandlers,
  ) {
    this.element = make('section', 'room-card room-vote');
    this.element.id = 'room-vote';
    this.element.setAttribute('role', 'dialog');
    this.element.setAttribute('aria-labelledby', 'room-vote-heading');
    const title = make('h2', 'room-vote-heading', heading);
    title.id = 'room-vote-heading';
    this.element.append(make('p', 'room-card-label', 'Room vote'), title);
    const list = make('ol', 'room-vote-options');
    options.forEach((option, index) => {
      const letter = voteLetters[index]!;
      const row = make('li', 'room-vote-option');
      row.dataset.letter = letter;
      if (option.unavailable) row.dataset.unavailable = 'true';
      const bar = make('span', 'room-vote-bar');
      const fill = make('span', 'room-vote-fill');
      bar.append(fill);
      const count = make('span', 'room-vote-count');
      this.fills.push(fill);
      this.counts.push(count);
      row.append(
        make('span', 'room-vote-letter', letter),
        make(
          'span',
          'room-vote-label',
          option.unavailable ? `${option.label} (not possible now)` : option.label,
        ),
        bar,
        count,
        control('−', 'vote', { letter, change: '-1' }, `One vote less for ${letter}`, () =>
          handlers.count(index, -1),
        ),
        control('+', 'vote', { letter, change: '1' }, `One vote more for ${letter}`, () =>
          handlers.count(index, 1),
        ),
        control(
          `Take ${letter}`,
          'vote-apply',
          { letter },
          `Take ${letter}, whatever the count`,
          () => handlers.apply(index),
        ),
      );
      list.append(row);
    });
    const last = voteLetters[options.length - 1];
    const keys = make(
      'p',
      'room-vote-keys',
      `Keys: A–${last} add a hand, Shift+letter takes one off; Enter applies the majority; 1–${options.length} takes that option instead; V hides the vote.`,
    );
    const actions = make('div', 'room-vote-actions');
    actions.append(
      control('Apply the majority', 'vote-apply', {}, 'Apply the majority', () => handlers.apply()),
      control('Hide the vote', 'vote-hide', {}, 'Hide the vote', () => handlers.hide()),
    );
    this.status = make('p', 'room-vote-status');
    this.status.setAttribute('role', 'status');
    this.element.append(list, keys, actions, this.status);
    document.body.append(this.element);
  }

  /** Draws the counts: each bar as long as its share of the largest, and its number in words. */
  show(tally: readonly number[]): void {
    const most = Math.max(1, ...tally);
    tally.forEach((count, index) => {
      this.fills[index]!.style.width = `${(count / most) * 100}%`;
      this.counts[index]!.textContent = `${count} ${count === 1 ? 'vote' : 'votes'}`;
    });
    this.element.dataset.tally = tally.join(',');
  }

  say(text: string): void {
    this.status.textContent = text;
  }

  get optionCount(): number {
    return this.options.length;
  }

  remove(): void {
    this.element.remove();
  }
}
