/**
 * An authored story deal, as the game uses it once a scenario file has been
 * checked: its coaching conversation (beats joined by the manager's choices,
 * ending in a summary), the beats of its middle weeks, its crisis, the
 * rescue call and the review talk, each with its words.
 */
import type {
  ConversationLine,
  LineEffectKey,
  LineEffects,
  LineTaken,
} from '../sim/conversationLines';
import { lineEffectKeys } from '../sim/conversationLines';
import type { RescueLine, StoryBeatSetup, StoryCrisisSetup } from '../sim/storyPlan';

/** Who speaks a beat (the buyer, on a rescue call). The manager's own lines are the choices. */
export const speakers = ['rep', 'manager', 'narrator', 'buyer'] as const;
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

/** A line the manager can say on a rescue call: who leads, what it gives away, with its words. */
export interface CallChoice extends RescueLine {
  label: string;
  feedback: string;
}

export interface Beat<C = Choice> {
  id: string;
  speaker: Speaker;
  text: string;
  /** The manager's options; empty at an ending. */
  choices: C[];
  ending?: Ending;
}

/** One of a story's talks: the rescue call or the review. */
export interface Talk<C = Choice> {
  start: string;
  beats: Record<string, Beat<C>>;
}

/** What happens at a middle beat, or at the crisis: the words and the bounded effects. */
export interface Happening {
  text: string;
  effects: ChoiceEffects;
}

export interface MiddleBeat extends Omit<StoryBeatSetup, 'happens' | 'otherwise'> {
  happens: Happening;
  otherwise?: Happening;
}

export interface Crisis extends Omit<StoryCrisisSetup, 'effects'>, Happening {}

/** The phases of a story deal, in the order of its life. */
export const storyPhases = ['coach', 'middle', 'crisis', 'rescue', 'review'] as const;
export type StoryPhase = (typeof storyPhases)[number];

export interface Story {
  /** The story's id: the id of the deal that carries it. */
  id: string;
  dealId: string;
  customer: string;
  repId: string;
  /** The idea the rep's plan is weakest on: what the conversation is about. */
  idea: ConversationLine['idea'];
  /** The beat the coaching conversation opens with. */
  start: string;
  /** The coaching conversation: the story's first phase. */
  beats: Record<string, Beat>;
  middle: MiddleBeat[];
  crisis?: Crisis;
  rescue?: Talk<CallChoice>;
  review?: Talk<Choice>;
}

/** One step along a conversation: the beat, and which of its choices the manager took. */
export type Taken = LineTaken<Choice>;
