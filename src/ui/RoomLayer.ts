/**
 * What a facilitated session lays over the game, in plain DOM so it reads
 * from the back of the room: a bar under the stage with the step indicator
 * (the week, its beats with the current one marked by an arrow and words,
 * never colour alone) and a button for each control; and, over the stage,
 * the card of the moment: the pause card, the week's hidden consequences, or
 * a discussion prompt with its countdown. While a card shows, the game under
 * it is inert.
 */

import { type RoomBeat, type RoomCard, roomBeatNames, roomBeats } from '../machines/roomMachine';
import { make } from './domElements';

export interface RoomView {
  step: number;
  week: number;
  weeks: number;
  beat: RoomBeat;
  paused: boolean;
  card: RoomCard;
}

export interface RoomControls {
  advance(): void;
  pause(): void;
  reveal(): void;
  prompt(): void;
  presenter(): void;
}

/** 1:30, 0:05. */
export function countdownWords(seconds: number): string {
  const minutes = Math.floor(seconds / 60);
  return `${minutes}:${String(seconds % 60).padStart(2, '0')}`;
}

export class RoomLayer {
  private readonly bar: HTMLElement;
  private readonly steps: HTMLElement;
  private readonly card: HTMLElement;
  private readonly buttons: Record<string, HTMLButtonElement> = {};
  private shownCard = '';
  /** Something else of the room's lies over the stage (the vote). */
  private coveredBy = false;

  constructor(
    private readonly game: HTMLElement,
    controls: RoomControls,
  ) {
    document.body.dataset.room = 'projector';
    this.bar = make('section', 'room-bar');
    this.bar.id = 'room-bar';
    this.bar.setAttribute('aria-label', 'Facilitator controls');
    this.steps = make('ol', 'room-steps');
    this.steps.setAttribute('aria-label', 'Step');
    const actions = make('div', 'room-actions');
    const controlButtons: [string, string, string, keyof RoomControls][] = [
      ['step', '→', 'Advance', 'advance'],
      ['pause', 'P', 'Pause', 'pause'],
      ['reveal', 'R', 'Reveal', 'reveal'],
      ['prompt', 'D', 'Discuss', 'prompt'],
      ['presenter', 'W', 'Presenter', 'presenter'],
    ];
    for (const [action, key, label, control] of controlButtons) {
      const element = make('button', 'room-button');
      element.type = 'button';
      element.dataset.action = action;
      element.setAttribute('aria-keyshortcuts', key === '→' ? 'ArrowRight' : key);
      element.append(make('span', 'room-key', key), make('span', 'room-label', label));
      element.addEventListener('click', () => controls[control]());
      this.buttons[action] = element;
      actions.append(element);
    }
    this.bar.append(this.steps, actions);
    this.card = make('section', 'room-card');
    this.card.id = 'room-card';
    this.card.setAttribute('role', 'dialog');
    this.card.setAttribute('aria-modal', 'true');
    this.card.hidden = true;
    document.body.append(this.bar, this.card);
    window.dispatchEvent(new Event('resize'));
  }

  show(view: RoomView): void {
    this.showSteps(view);
    this.buttons.pause!.querySelector('.room-label')!.textContent = view.paused
      ? 'Resume'
      : 'Pause';
    this.buttons.pause!.setAttribute('aria-pressed', String(view.paused));
    this.buttons.reveal!.setAttribute('aria-disabled', String(view.card.kind !== 'hidden'));
    this.showCard(view);
  }

  private showSteps(view: RoomView): void {
    this.steps.replaceChildren();
    const where = make(
      'li',
      'room-where',
      `Step ${view.step} · Week ${view.week} of ${view.weeks}`,
    );
    this.steps.append(where);
    this.steps.dataset.step = String(view.step);
    this.steps.dataset.beat = view.beat;
    for (const beat of roomBeats) {
      const current = beat === view.beat;
      const item = make('li', current ? 'room-beat room-beat-now' : 'room-beat');
      item.textContent = current ? `▶ ${roomBeatNames[beat]}` : roomBeatNames[beat];
      if (current) item.setAttribute('aria-current', 'step');
      this.steps.append(item);
    }
    if (view.paused) this.steps.append(make('li', 'room-beat room-beat-now', '⏸ Paused'));
  }

  private showCard(view: RoomView): void {
    const card = view.paused ? ({ kind: 'paused' } as const) : view.card;
    const key = JSON.stringify(card);
    if (key === this.shownCard) return;
    const sameCard = this.card.dataset.card === card.kind && card.kind === 'prompt';
    this.shownCard = key;
    this.card.dataset.card = card.kind;
    if (card.kind === 'none') {
      this.card.hidden = true;
      this.card.replaceChildren();
      this.game.inert = this.coveredBy;
      return;
    }
    // A countdown that ticks changes only its own line (focus and screen readers stay put).
    if (sameCard && card.kind === 'prompt') {
      const clock = this.card.querySelector('.room-clock');
      if (clock) clock.textContent = this.clockWords(card.remaining);
      return;
    }
    this.card.replaceChildren();
    const [label, heading, ...lines] = this.cardWords(view);
    this.card.append(make('p', 'room-card-label', label));
    const title = make('h2', 'room-card-heading', heading);
    title.id = 'room-card-heading';
    this.card.setAttribute('aria-labelledby', title.id);
    this.card.append(title);
    if (card.kind === 'prompt' && card.remaining !== null) {
      const clock = make('p', 'room-clock', this.clockWords(card.remaining));
      clock.setAttribute('role', 'timer');
      this.card.append(clock);
    }
    for (const line of lines) this.card.append(make('p', 'room-card-line', line));
    this.card.hidden = false;
    this.game.inert = true;
  }

  private clockWords(remaining: number | null): string {
    if (remaining === null) return '';
    return remaining === 0 ? 'Time is up' : `${countdownWords(remaining)} left`;
  }

  private cardWords(view: RoomView): string[] {
    const card = view.card;
    if (view.paused)
      return ['Paused', 'The room is talking', 'The game and any countdown are frozen. P resumes.'];
    if (card.kind === 'hidden')
      return [
        `Week ${card.week} is played`,
        'What do you expect happened?',
        'To the deals, to the team, to your hours. Say it before you see it.',
        'R reveals the consequences.',
      ];
    if (card.kind === 'prompt')
      return ['Discuss', card.text, 'P pauses the clock. → or Enter goes on.'];
    return [];
  }

  /** Says whether the vote lies over the stage: the game under it is inert while it does. */
  covered(on: boolean): void {
    this.coveredBy = on;
    this.game.inert = on || !this.card.hidden;
  }

  /** Takes the layer away (the session ended, or the room went back to solo play). */
  remove(): void {
    this.bar.remove();
    this.card.remove();
    this.game.inert = false;
    delete document.body.dataset.room;
    window.dispatchEvent(new Event('resize'));
  }
}
