/**
 * The lines a decision names through one of a story deal's talks (its
 * coaching conversation, its rescue call or its review), followed from the
 * start to an ending, or the rejection that says why they are not a way
 * through. One check for the three talks.
 */
import { followToEnd, type StoryLine } from './conversationLines';
import { type Rejection, reject } from './result';
import type { SeasonState } from './state';
import type { StorySetup } from './storyPlan';

const talkNames = {
  coach: 'coaching conversation',
  rescue: 'rescue call',
  review: 'review talk',
} as const;

export type TalkName = keyof typeof talkNames;

type LineOf<T extends TalkName> = NonNullable<StorySetup[T]>['beats'][string]['choices'][number];

/** The lines taken, in order, or why they cannot be. */
export function storyTalk<T extends TalkName>(
  state: SeasonState,
  dealId: string,
  talk: T,
  lines: readonly number[],
): (LineOf<T> & StoryLine)[] | Rejection {
  const deal = state.deals.find((d) => d.id === dealId);
  if (!deal) return reject('unknown-deal', `There is no deal "${dealId}".`);
  const setup = deal.storyId ? state.stories[deal.storyId]?.[talk] : undefined;
  if (!setup) {
    return reject(
      'unknown-line',
      `${deal.customer} has no written ${talkNames[talk]} to take lines from.`,
    );
  }
  const taken = followToEnd(
    setup as {
      start: string;
      beats: Record<string, { choices: readonly (LineOf<T> & StoryLine)[] }>;
    },
    lines,
  );
  if (!taken) {
    return reject(
      'unknown-line',
      `The lines ${lines.join(', ')} are not a way through the ${talkNames[talk]} on ${deal.customer}.`,
    );
  }
  return taken.map((step) => step.choice);
}
