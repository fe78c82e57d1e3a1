/**
 * A story deal in a few facts, for `npm run scenarios:check -- --json` and
 * anyone who wants to see what a scenario's stories hold: the deal it rides
 * on, the deal-strategy ideas its lines touch, its phases, how many beats and
 * endings it has, and any beat no choice leads to.
 *
 * Today a story is one coaching conversation, so its only phase is "coach";
 * when stories gain their later phases, this is where they are counted.
 */
import { type DealIdea, dealIdeas } from '../sim/vocabulary';
import type { Story } from './story';

export interface StorySummary {
  id: string;
  /** The id of the deal that carries the story. */
  deal: string;
  /** The ideas the story is about: the deal's weak idea and every idea a line touches, in the game's order. */
  ideas: DealIdea[];
  /** The phases of the deal's life the story covers. */
  phases: string[];
  beats: number;
  endings: number;
  /** Beats that no path from the start reaches, in the order they are written. */
  unreachable: string[];
}

/** The beats a path from the start can reach. */
function reachedFrom(story: Story): Set<string> {
  const reached = new Set<string>();
  const waiting = [story.start];
  for (let id = waiting.pop(); id !== undefined; id = waiting.pop()) {
    const beat = story.beats[id];
    if (!beat || reached.has(id)) continue;
    reached.add(id);
    for (const choice of beat.choices) waiting.push(choice.next);
  }
  return reached;
}

export function storySummary(story: Story): StorySummary {
  const beats = Object.values(story.beats);
  const touched = new Set<DealIdea>([
    story.idea,
    ...beats.flatMap((beat) => beat.choices.map((c) => c.idea)),
  ]);
  const reached = reachedFrom(story);
  return {
    id: story.id,
    deal: story.dealId,
    ideas: dealIdeas.filter((idea) => touched.has(idea)),
    phases: ['coach'],
    beats: beats.length,
    endings: beats.filter((beat) => beat.ending !== undefined).length,
    unreachable: Object.keys(story.beats).filter((id) => !reached.has(id)),
  };
}
