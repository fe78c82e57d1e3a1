/** A story compiled into an XState machine: beats as states, choices as transitions, endings final. */
import { describe, expect, test } from 'vitest';
import { createActor } from 'xstate';
import { bestPath, conversationOutcome, conversationStyle } from '../../src/content/conversation';
import { createConversationMachine } from '../../src/content/conversationMachine';
import type { Story } from '../../src/content/story';
import { shippedScenarios } from './support/shipped';

/** Every path from the start to an ending, as option numbers. */
function allPaths(story: Story, beat = story.start): number[][] {
  const choices = story.beats[beat]?.choices ?? [];
  if (choices.length === 0) return [[]];
  return choices.flatMap((choice, index) =>
    allPaths(story, choice.next).map((rest) => [index, ...rest]),
  );
}

function play(story: Story, indexes: readonly number[]) {
  const actor = createActor(createConversationMachine(story)).start();
  for (const index of indexes) actor.send({ type: 'conversation.choose', index });
  return actor.getSnapshot();
}

const stories = shippedScenarios().flatMap((scenario) =>
  Object.values(scenario.stories).map((story) => [`${scenario.id}/${story.id}`, story] as const),
);

describe('every path through every shipped conversation', () => {
  test.each(stories)('%s ends in a final state whose output sums the path', (_, story) => {
    const paths = allPaths(story);
    expect(paths.length).toBeGreaterThan(1);
    for (const path of paths) {
      const snapshot = play(story, path);
      expect(snapshot.status).toBe('done');
      expect(story.beats[String(snapshot.value)]?.ending).toBeDefined();
      const choices = snapshot.context.taken.map((step) => step.choice);
      expect(choices).toHaveLength(path.length);
      expect(snapshot.output?.outcome).toEqual(conversationOutcome(choices));
      expect(snapshot.output?.style).toBe(conversationStyle(choices));
      expect(snapshot.output?.ending).toBe(snapshot.value);
    }
  });
});

describe('the machine', () => {
  const [, story] = stories[0]!;

  test('starts at the start beat with nothing taken', () => {
    const snapshot = play(story, []);
    expect(snapshot.value).toBe(story.start);
    expect(snapshot.context.taken).toEqual([]);
    expect(snapshot.status).toBe('active');
  });

  test('ignores an option that does not exist', () => {
    const snapshot = play(story, [99, -1]);
    expect(snapshot.value).toBe(story.start);
    expect(snapshot.context.taken).toEqual([]);
  });

  test('walks the best path to an ending', () => {
    const path = bestPath(story);
    const snapshot = play(
      story,
      path.map((step) => step.index),
    );
    expect(snapshot.status).toBe('done');
    expect(snapshot.output?.style).toBe('ask');
    expect(snapshot.context.taken).toEqual(path);
  });

  test('persists and restores mid-conversation', () => {
    const machine = createConversationMachine(story);
    const actor = createActor(machine).start();
    actor.send({ type: 'conversation.choose', index: 0 });
    const saved = JSON.parse(JSON.stringify(actor.getPersistedSnapshot()));
    const restored = createActor(machine, { snapshot: saved }).start();
    expect(restored.getSnapshot().value).toBe(actor.getSnapshot().value);
    expect(restored.getSnapshot().context).toEqual(actor.getSnapshot().context);
  });
});
