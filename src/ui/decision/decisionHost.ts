/**
 * What the decision screen's widgets share: the scene they draw in, the
 * game's session (selectors to read, decisions to send) and the steps of the
 * screen they hand back to (the options again, a refusal, an outcome).
 */
import type Phaser from 'phaser';
import type { GameApp } from '../../app/GameApp';
import type { GameSession } from '../../app/GameSession';
import type { PersonEffect } from '../../sim/decisionEffects';
import type { Move } from '../../sim/decisions';
import type { DecisionView } from '../../sim/decisionView';
import type { ActionButton, ActionButtonConfig } from '../ActionButton';
import { firstName } from '../format';

/** A line of the talk panel: who speaks, what they say, how it is drawn. */
export interface TalkLine {
  speaker: string;
  text: string;
  tone: 'rep' | 'manager' | 'narrator' | 'buyer' | 'feedback';
  /** Drawn in smaller words: background to the talk, such as the story so far. */
  compact?: boolean;
}

/** One option of the talk panel. */
export interface TalkChoice {
  label: string;
  aside?: string;
  detail?: string;
  action: 'choose' | 'coach' | 'rescue' | 'review' | 'stay-out' | 'advance';
  unavailable?: boolean;
  onChoose: () => void;
}

/** One step of a talk: a heading, the lines so far, the choices, and a way back. */
export interface TalkStep {
  heading: string;
  lines: TalkLine[];
  choices: TalkChoice[];
  back?: { label: string; onChoose: () => void };
  note?: string;
}

export interface DecisionOutcome {
  heading: string;
  lines: TalkLine[];
  effects: PersonEffect[];
}

export interface DecisionHost {
  readonly scene: Phaser.Scene;
  readonly app: GameApp;
  readonly session: GameSession;
  button(config: ActionButtonConfig): ActionButton;
  focusFirst(): void;
  /** The deal as the screen shows it now. */
  view(): DecisionView;
  /** Draws a step of the talk panel. */
  drawStep(step: TalkStep): void;
  /** The deal's options again, with a note above them. */
  showOptions(note?: string): void;
  /** A move the model refused: say why, offer the options again. */
  rejected(message: string): void;
  /** What a move did, and the way back to the board. */
  showOutcome(outcome: DecisionOutcome): void;
  /** Sends the move; shows what it did under this heading after these lines, or why it was refused. */
  decideAndShow(move: Move, heading: string, lines: TalkLine[]): void;
}

/** The rep's name as the talk names them. */
export function repNameOf(view: DecisionView): string {
  return view.rep?.name ?? 'The rep';
}

/** The rep's first name, as a story's words call them. */
export function firstNameOf(view: DecisionView): string {
  return firstName(repNameOf(view));
}

/** The names fill-in lines use. */
export function namesOf(view: DecisionView): { customer: string; rep: string } {
  return { customer: view.customer, rep: repNameOf(view) };
}

/** Who a story beat's speaker is, in the talk panel. */
export function speakerLine(
  speaker: 'rep' | 'manager' | 'narrator' | 'buyer',
  text: string,
  view: DecisionView,
): TalkLine {
  const names = {
    rep: repNameOf(view),
    manager: 'You',
    narrator: 'Narrator',
    buyer: view.customer,
  } as const;
  return { speaker: names[speaker], text, tone: speaker };
}
