/**
 * What a coaching conversation adds up to: the effects of the choices taken,
 * summed into the model's ConversationOutcome, the style it was held in, and
 * the path a model coach would take through it.
 */
import { followLines, type LineTaken, type StoryLine } from '../sim/conversationLines';
import type { CoachingStyle } from '../sim/vocabulary';
import { type Choice, choiceEffectKeys, type Story, type Taken } from './story';

export { conversationOutcome, conversationStyle } from '../sim/conversationLines';

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
 * The path a scripted player takes, by a stated rule and never by reading the
 * effects: at every beat the first line in its style if there is one (the
 * coach always asks, the rescuer tells), else the first line. Stops at an
 * ending, at a beat with no choices, or if the story (unchecked) would loop.
 */
export function ruledPath(story: Story, style: CoachingStyle): Taken[] {
  return ruledWay(story, (choice) => choice.style === style);
}

/**
 * The way through any talk by a stated rule: at every beat the first line
 * the rule takes, else the first line. Stops at an ending, at a beat with no
 * choices, or if the talk (unchecked) would loop.
 */
export function ruledWay<C extends StoryLine>(
  talk: { start: string; beats: Record<string, { choices: readonly C[] }> },
  takes: (line: C) => boolean,
): LineTaken<C>[] {
  const path: LineTaken<C>[] = [];
  const seen = new Set<string>();
  let beatId = talk.start;
  while (!seen.has(beatId)) {
    seen.add(beatId);
    const choices = talk.beats[beatId]?.choices ?? [];
    const index = Math.max(0, choices.findIndex(takes));
    const choice = choices[index];
    if (!choice) break;
    path.push({ beat: beatId, index, choice });
    beatId = choice.next;
  }
  return path;
}

/**
 * The choices taken when the manager picks these option numbers from the
 * start, or undefined if a number does not exist at its beat.
 */
export function followChoices(story: Story, indexes: readonly number[]): Taken[] | undefined {
  return followLines(story, indexes);
}
