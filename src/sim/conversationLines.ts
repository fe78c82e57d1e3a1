/**
 * An authored coaching conversation as the model reads it: for each beat,
 * the manager's lines with their style, idea, effects and the beat each
 * leads to (the words live in src/content). A coaching decision names the
 * lines taken by their numbers; the model follows them from the start and
 * sums their effects, so a replayed decision always means the same thing.
 */
import type { ConversationOutcome } from './coaching';
import type { CoachingStyle, DealIdea } from './vocabulary';

/** What a line can move, on top of the model's own coaching effects. */
export const lineEffectKeys = ['dealQuality', 'capability', 'ownership', 'morale'] as const;
export type LineEffectKey = (typeof lineEffectKeys)[number];
export type LineEffects = Partial<Record<LineEffectKey, number>>;

/** A line of any of a story's talks: the idea it is about, its bounded effects, the beat it leads to. */
export interface StoryLine {
  idea: DealIdea;
  effects: LineEffects;
  /** The beat this line leads to. */
  next: string;
}

/** A line of a coaching or review talk: a question or an answer. */
export interface ConversationLine extends StoryLine {
  style: CoachingStyle;
}

export interface ConversationSetup {
  start: string;
  /** The manager's lines at each beat; an ending has none. */
  beats: Record<string, { choices: readonly ConversationLine[] }>;
}

/** One step along a conversation: the beat, and which of its lines the manager took. */
export interface LineTaken<Line extends StoryLine = ConversationLine> {
  beat: string;
  index: number;
  choice: Line;
}

/**
 * The lines taken when the manager picks these numbers from the start, or
 * undefined when a number does not exist at its beat.
 */
export function followLines<Line extends StoryLine>(
  conversation: { start: string; beats: Record<string, { readonly choices: readonly Line[] }> },
  indexes: readonly number[],
): LineTaken<Line>[] | undefined {
  const path: LineTaken<Line>[] = [];
  let beat = conversation.start;
  for (const index of indexes) {
    const choice = Number.isInteger(index) ? conversation.beats[beat]?.choices[index] : undefined;
    if (!choice) return undefined;
    path.push({ beat, index, choice });
    beat = choice.next;
  }
  return path;
}

/**
 * The lines taken along a whole talk, from its start to an ending, or
 * undefined when the numbers are not such a way through.
 */
export function followToEnd<Line extends StoryLine>(
  talk: { start: string; beats: Record<string, { readonly choices: readonly Line[] }> },
  indexes: readonly number[],
): LineTaken<Line>[] | undefined {
  const taken = followLines(talk, indexes);
  const end = taken?.at(-1)?.choice.next;
  if (!taken || taken.length === 0 || (talk.beats[end ?? '']?.choices.length ?? 0) > 0)
    return undefined;
  return taken;
}

/** Sums float effects without leaving 0.07000000000000001 behind. */
function tidy(value: number): number {
  return Math.round(value * 1e6) / 1e6;
}

/** The effects of the lines taken, summed, and the ideas they touched, in order, once each. */
export function conversationOutcome(lines: readonly StoryLine[]): ConversationOutcome {
  const totals = { dealQuality: 0, capability: 0, ownership: 0, morale: 0 };
  const ideas: DealIdea[] = [];
  for (const line of lines) {
    for (const key of lineEffectKeys) totals[key] += line.effects[key] ?? 0;
    if (!ideas.includes(line.idea)) ideas.push(line.idea);
  }
  return {
    dealQuality: tidy(totals.dealQuality),
    capability: tidy(totals.capability),
    ownership: tidy(totals.ownership),
    morale: tidy(totals.morale),
    ideas,
  };
}

/** 'ask' when most of the manager's lines were questions, else 'tell'. */
export function conversationStyle(lines: readonly ConversationLine[]): CoachingStyle {
  const asked = lines.filter((line) => line.style === 'ask').length;
  return asked * 2 > lines.length ? 'ask' : 'tell';
}
