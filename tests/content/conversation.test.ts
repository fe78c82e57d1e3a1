/** Conversations: effects summed into the model's outcome, the style, the model coach's path. */
import { describe, expect, test } from 'vitest';
import {
  bestPath,
  conversationOutcome,
  conversationStyle,
  followChoices,
  ruledPath,
} from '../../src/content/conversation';
import type { Choice, Story } from '../../src/content/story';

function makeChoice(fields: Partial<Choice> = {}): Choice {
  return {
    label: 'What happens if they do nothing?',
    style: 'ask',
    idea: 'business-goal',
    effects: {},
    feedback: 'That is the business goal.',
    next: 'end',
    ...fields,
  };
}

/** start → (ask small | tell big | ask detour → ask) → end */
function makeStory(): Story {
  return {
    id: 'acme',
    dealId: 'acme',
    customer: 'Acme',
    repId: 'ana',
    idea: 'business-goal',
    start: 'plan',
    middle: [],
    beats: {
      plan: {
        id: 'plan',
        speaker: 'rep',
        text: 'My plan.',
        choices: [
          makeChoice({ effects: { dealQuality: 0.04, ownership: 0.03 } }),
          makeChoice({ style: 'tell', effects: { dealQuality: 0.1, capability: 0.1 } }),
          makeChoice({ idea: 'champion', effects: { dealQuality: 0.01 }, next: 'aside' }),
        ],
      },
      aside: {
        id: 'aside',
        speaker: 'rep',
        text: 'An aside.',
        choices: [
          makeChoice({ effects: { dealQuality: 0.03, morale: 0.02 } }),
          makeChoice({ style: 'tell', effects: { dealQuality: 0.1 } }),
        ],
      },
      end: {
        id: 'end',
        speaker: 'narrator',
        text: 'Done.',
        choices: [],
        ending: { summary: 'Done.' },
      },
    },
  };
}

describe('conversationOutcome', () => {
  test('sums every effect of the choices taken and lists the ideas once, in order', () => {
    const outcome = conversationOutcome([
      makeChoice({ idea: 'champion', effects: { dealQuality: 0.04, capability: 0.03 } }),
      makeChoice({ idea: 'value', effects: { dealQuality: 0.03, ownership: -0.06, morale: 0.01 } }),
      makeChoice({ idea: 'champion', effects: { morale: 0.01 } }),
    ]);
    expect(outcome).toEqual({
      dealQuality: 0.07,
      capability: 0.03,
      ownership: -0.06,
      morale: 0.02,
      ideas: ['champion', 'value'],
    });
  });

  test('no choices add nothing', () => {
    expect(conversationOutcome([])).toEqual({
      dealQuality: 0,
      capability: 0,
      ownership: 0,
      morale: 0,
      ideas: [],
    });
  });
});

describe('conversationStyle', () => {
  test.each([
    [['ask'], 'ask'],
    [['ask', 'ask', 'tell'], 'ask'],
    [['ask', 'tell'], 'tell'],
    [['tell'], 'tell'],
    [[], 'tell'],
  ] as const)('%j → %s', (styles, expected) => {
    expect(conversationStyle(styles.map((style) => makeChoice({ style })))).toBe(expected);
  });
});

describe('bestPath', () => {
  test('prefers questions, and among them the most good by the end', () => {
    const path = bestPath(makeStory());
    // The direct question does 0.07 of good; the detour 0.01 + 0.05 = 0.06; the tell is never taken.
    expect(path.map((step) => [step.beat, step.index])).toEqual([['plan', 0]]);
    expect(path.every((step) => step.choice.style === 'ask')).toBe(true);
  });

  test('takes the detour when it does more good', () => {
    const story = makeStory();
    story.beats.aside!.choices[0]!.effects = { dealQuality: 0.05, capability: 0.05 };
    expect(bestPath(story).map((step) => [step.beat, step.index])).toEqual([
      ['plan', 2],
      ['aside', 0],
    ]);
  });

  test('follows a tell only where there is no question', () => {
    const story = makeStory();
    story.beats.plan!.choices = [makeChoice({ style: 'tell' })];
    expect(bestPath(story).map((step) => step.choice.style)).toEqual(['tell']);
  });

  test('stops, without looping, on a story that loops (unchecked input)', () => {
    const story = makeStory();
    story.beats.aside!.choices = [makeChoice({ next: 'plan', effects: { dealQuality: 0.1 } })];
    expect(bestPath(story).length).toBeLessThanOrEqual(2);
  });
});

describe('ruledPath', () => {
  test('the coach takes the first question at every beat, whatever the effects', () => {
    const story = makeStory();
    story.beats.plan!.choices[2]!.effects = { dealQuality: 0.5 };
    expect(ruledPath(story, 'ask').map((step) => [step.beat, step.index])).toEqual([['plan', 0]]);
  });

  test('the rescuer takes the first line that tells', () => {
    expect(ruledPath(makeStory(), 'tell').map((step) => [step.beat, step.index])).toEqual([
      ['plan', 1],
    ]);
  });

  test('takes the first line where none is in its style, and stops on a loop', () => {
    const story = makeStory();
    story.beats.plan!.choices = [makeChoice({ style: 'tell', next: 'aside' })];
    story.beats.aside!.choices = [makeChoice({ style: 'tell', next: 'plan' })];
    expect(ruledPath(story, 'ask').map((step) => step.beat)).toEqual(['plan', 'aside']);
  });
});

describe('followChoices', () => {
  test('walks option numbers from the start', () => {
    expect(followChoices(makeStory(), [2, 1])?.map((step) => step.beat)).toEqual(['plan', 'aside']);
  });

  test('an option that does not exist gives undefined', () => {
    expect(followChoices(makeStory(), [7])).toBeUndefined();
  });
});
