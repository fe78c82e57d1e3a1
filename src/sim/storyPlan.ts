/**
 * A story deal's whole life as the model reads it (the words live in
 * src/content): the coaching conversation, the beats of the middle that
 * fire on a week, a stage or a scenario event and are guarded on what was
 * coached in this deal, the deal's strength and the rep's stocks, the
 * crisis, the rescue call and the review. Only line numbers, ideas, styles,
 * gives and bounded effects: the rules that use them live in storyBeats,
 * rescueCall and lossReview.
 */
import type { ConversationSetup, LineEffects, StoryLine } from './conversationLines';
import type { CoachingStyle, DealIdea, DealStage, RepStock } from './vocabulary';

/** When a beat fires: the first week opening at or after a week, with the deal at or past a stage, or the week a scenario event lands. One of the three. */
export interface StoryTrigger {
  week?: number;
  stage?: DealStage;
  event?: string;
}

/**
 * What must hold for a beat to go its `happens` way. One of: `coached` (an idea
 * coached on this deal earlier, in a `style` if given), `strength` (the
 * deal's strength above or below a value), `stock` (the rep's stock above or
 * below a value).
 */
export interface StoryGuard {
  coached?: DealIdea;
  style?: CoachingStyle;
  strength?: { above?: number; below?: number };
  stock?: RepStock;
  above?: number;
  below?: number;
}

/** The closed list of guard kinds. */
export const storyGuardKinds = ['coached', 'strength', 'stock'] as const;
export type StoryGuardKind = (typeof storyGuardKinds)[number];

export interface StoryBeatSetup {
  id: string;
  on: StoryTrigger;
  /** All must hold for `happens`; an empty list always holds. */
  when: StoryGuard[];
  happens: LineEffects;
  otherwise?: LineEffects;
}

export interface StoryCrisisSetup {
  on: StoryTrigger;
  when: StoryGuard[];
  effects: LineEffects;
}

/** Who leads the rescue call: the manager takes it over, or stays beside the rep. */
export const callLeads = ['manager', 'rep'] as const;
export type CallLead = (typeof callLeads)[number];

/** What a line of the rescue call gives the customer: a share of the deal's value off, or hours of free services. */
export interface CallGive {
  discount?: number;
  freeServices?: number;
}

export interface RescueLine extends StoryLine {
  lead: CallLead;
  give?: CallGive;
}

export interface RescueCallSetup {
  start: string;
  beats: Record<string, { choices: readonly RescueLine[] }>;
}

export interface StorySetup {
  coach: ConversationSetup;
  middle: StoryBeatSetup[];
  crisis?: StoryCrisisSetup;
  rescue?: RescueCallSetup;
  review?: ConversationSetup;
}

/** The most a rescue call may give away along one path: a share of the deal's value, and hours. */
export const callGiveLimits = { discount: 0.3, freeServices: 160 } as const;

/** The money a discount of this share of the deal's value gives away. */
export function callGiveMoney(value: number, share: number): number {
  return Math.round(value * share);
}

/** What has happened in a story deal so far: the model's record, read by guards and the view. */
export interface StorySoFar {
  /** Ideas coached on this deal, in order: how, and in which week. */
  coached: { idea: DealIdea; style: CoachingStyle; week: number }[];
  /** Middle beats that fired: which way they went, and when. */
  beats: { id: string; week: number; held: boolean }[];
  crisisWeek?: number;
  rescue?: { week: number; lines: number[]; lead: CallLead };
  review?: { week: number; lines: number[] };
}

export const freshStory = (): StorySoFar => ({ coached: [], beats: [] });
