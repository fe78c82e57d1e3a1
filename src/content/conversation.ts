/**
 * What a coaching conversation adds up to: the effects of the choices taken,
 * summed into the model's ConversationOutcome, the style it was held in, and
 * the path a model coach would take through it.
 */
import type { ConversationOutcome } from '../sim/coaching';
import type { CoachingStyle, DealIdea } from '../sim/vocabulary';
import { type Choice, choiceEffectKeys, type Story, type Taken } from './story';

/** Sums float effects without leaving 0.07000000000000001 behind. */
function tidy(value: number): number {
  return Math.round(value * 1e6) / 1e6;
}

/** The effects of the choices taken, summed, and the ideas they touched, in order, once each. */
export function conversationOutcome(choices: readonly Choice[]): ConversationOutcome {
  const totals = { dealQuality: 0, capability: 0, ownership: 0, morale: 0 };
  const ideas: DealIdea[] = [];
  for (const choice of choices) {
    for (const key of choiceEffectKeys) totals[key] += choice.effects[key] ?? 0;
    if (!ideas.includes(choice.idea)) ideas.push(choice.idea);
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
export function conversationStyle(choices: readonly Choice[]): CoachingStyle {
  const asked = choices.filter((choice) => choice.style === 'ask').length;
  return asked * 2 > choices.length ? 'ask' : 'tell';
}

/** The good a choice does, all stocks together. */
function choiceWorth(choice: Choice): number {
  return choiceEffectKeys.reduce((sum, key) => sum + (choice.effects[key] ?? 0), 0);
}

/**
 * The path a model coach takes: at every beat a question if there is one,
 * and among those the choice that does the most good by the end of the
 * conversation; ties go to the first written. Stops at an ending, at a beat
 * with no choices, or if the story (unchecked) would loop.
 */
export function bestPath(story: Story): Taken[] {
  const worth = new Map<string, number>();
  const visiting = new Set<string>();

  const bestFrom = (beatId: string): { index: number; value: number } | undefined => {
    const beat = story.beats[beatId];
    if (!beat || beat.choices.length === 0 || visiting.has(beatId)) return undefined;
    visiting.add(beatId);
    const asks = beat.choices.some((choice) => choice.style === 'ask');
    let best: { index: number; value: number } | undefined;
    beat.choices.forEach((choice, index) => {
      if (asks && choice.style !== 'ask') return;
      const value = choiceWorth(choice) + valueFrom(choice.next);
      if (!best || value > best.value + 1e-9) best = { index, value };
    });
    visiting.delete(beatId);
    return best;
  };
  const valueFrom = (beatId: string): number => {
    const known = worth.get(beatId);
    if (known !== undefined) return known;
    const value = bestFrom(beatId)?.value ?? 0;
    worth.set(beatId, value);
    return value;
  };

  const path: Taken[] = [];
  const seen = new Set<string>();
  let beatId = story.start;
  while (!seen.has(beatId)) {
    seen.add(beatId);
    const best = bestFrom(beatId);
    const choice = best && story.beats[beatId]?.choices[best.index];
    if (!best || !choice) break;
    path.push({ beat: beatId, index: best.index, choice });
    beatId = choice.next;
  }
  return path;
}

/**
 * The choices taken when the manager picks these option numbers from the
 * start, or undefined if a number does not exist at its beat.
 */
export function followChoices(story: Story, indexes: readonly number[]): Taken[] | undefined {
  const path: Taken[] = [];
  let beatId = story.start;
  for (const index of indexes) {
    const choice = story.beats[beatId]?.choices[index];
    if (!choice) return undefined;
    path.push({ beat: beatId, index, choice });
    beatId = choice.next;
  }
  return path;
}
