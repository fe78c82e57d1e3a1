/**
 * An authored story deal's coaching conversation, as the game uses it once a
 * scenario file has been checked: beats (who speaks, what they say) joined by
 * the manager's choices, ending in a summary of what the conversation did.
 */
import type {
  ConversationLine,
  LineEffectKey,
  LineEffects,
  LineTaken,
} from '../sim/conversationLines';
import { lineEffectKeys } from '../sim/conversationLines';

/** Who speaks a beat. The manager's own lines are the choices. */
export const speakers = ['rep', 'manager', 'narrator'] as const;
export type Speaker = (typeof speakers)[number];

/** What a choice can move, on top of the model's own coaching effects. */
export const choiceEffectKeys = lineEffectKeys;
export type ChoiceEffectKey = LineEffectKey;
export type ChoiceEffects = LineEffects;

/** The most one choice may move any stock, either way. */
export const choiceEffectLimit = 0.1;
/** The most a whole conversation, along any path, may move any stock, either way. */
export const conversationEffectLimit = 0.25;

/** A line the manager can say: the model's line (style, idea, effects, next beat) with its words. */
export interface Choice extends ConversationLine {
  /** What the manager says. */
  label: string;
  /** One or two sentences that name the idea and explain why the line works or not. */
  feedback: string;
}

export interface Ending {
  /** What the conversation came to, in a line. */
  summary: string;
}

export interface Beat {
  id: string;
  speaker: Speaker;
  text: string;
  /** The manager's options; empty at an ending. */
  choices: Choice[];
  ending?: Ending;
}

export interface Story {
  /** The story's id: the id of the deal that carries it. */
  id: string;
  dealId: string;
  customer: string;
  repId: string;
  /** The idea the rep's plan is weakest on: what the conversation is about. */
  idea: ConversationLine['idea'];
  /** The beat the conversation opens with. */
  start: string;
  beats: Record<string, Beat>;
}

/** One step along a conversation: the beat, and which of its choices the manager took. */
export type Taken = LineTaken<Choice>;
