/**
 * A story deal's statechart: its whole life compiled into one XState
 * machine. Phases in order: `coach` (the coaching conversation, one state
 * per beat, its endings final), `middle` (beats fire and are recorded),
 * `crisis`, `rescue` (the call, one state per beat), `closing` (the customer
 * decides), `review` (the talk, one state per beat) and `done`. Story events
 * come from the session log, through storyEvents: the machine is stepped by
 * the season machine and replayed from the log, and the model's own record
 * of the deal (its storySoFar) must agree with it.
 */
import { assign, setup } from 'xstate';
import type { StorySetup } from '../sim/storyPlan';

export type StoryEvent =
  /** A line taken in the talk under way (the coaching conversation, the call or the review). */
  | { type: 'story.choose'; index: number }
  /** A middle beat fired, and which way it went. */
  | { type: 'story.beat'; id: string; held: boolean; week: number }
  | { type: 'story.crisis'; week: number }
  /** The manager sweeps in: the rescue call begins. */
  | { type: 'story.rescue'; week: number }
  | { type: 'story.closed'; outcome: 'won' | 'lost'; week: number }
  /** The review talk begins. */
  | { type: 'story.review'; week: number };

export interface StoryContext {
  storyId: string;
  /** The lines taken in each talk, in order. */
  lines: { coach: number[]; rescue: number[]; review: number[] };
  beats: { id: string; week: number; held: boolean }[];
  crisisWeek: number | null;
  outcome: 'won' | 'lost' | null;
}

type Talk = { start: string; beats: Record<string, { choices: readonly { next: string }[] }> };

/** One talk's beats as states: a line taken moves on, an ending is final. */
function talkStates(talk: Talk, phase: keyof StoryContext['lines']) {
  return Object.fromEntries(
    Object.entries(talk.beats).map(([id, beat]) => {
      if (beat.choices.length === 0) return [id, { type: 'final' as const }];
      return [
        id,
        {
          on: {
            'story.choose': beat.choices.map((line, index) => ({
              guard: { type: 'chose' as const, params: { index } },
              target: line.next,
              actions: { type: 'took' as const, params: { phase, index } },
            })),
          },
        },
      ];
    }),
  );
}

/** The customer decided: a loss waits for its review, a win is the end of the story. */
const closed = [
  { guard: 'lost' as const, target: '#storyClosing', actions: 'decided' as const },
  { target: '#storyDone', actions: 'decided' as const },
];

const noTalk: Talk = { start: 'none', beats: { none: { choices: [] } } };

export function createStoryMachine(storyId: string, story: StorySetup) {
  return setup({
    types: { context: {} as StoryContext, events: {} as StoryEvent },
    guards: {
      chose: ({ event }, params: { index: number }) =>
        event.type === 'story.choose' && event.index === params.index,
      hasReview: () => story.review !== undefined,
      lost: ({ event }) => event.type === 'story.closed' && event.outcome === 'lost',
    },
    actions: {
      took: assign({
        lines: ({ context }, params: { phase: keyof StoryContext['lines']; index: number }) => ({
          ...context.lines,
          [params.phase]: [...context.lines[params.phase], params.index],
        }),
      }),
      fired: assign({
        beats: ({ context, event }) =>
          event.type === 'story.beat'
            ? [...context.beats, { id: event.id, week: event.week, held: event.held }]
            : context.beats,
      }),
      wentSouth: assign({
        crisisWeek: ({ context, event }) =>
          event.type === 'story.crisis' ? event.week : context.crisisWeek,
      }),
      decided: assign({
        outcome: ({ context, event }) =>
          event.type === 'story.closed' ? event.outcome : context.outcome,
      }),
    },
  }).createMachine({
    id: `story-${storyId}`,
    context: {
      storyId,
      lines: { coach: [], rescue: [], review: [] },
      beats: [],
      crisisWeek: null,
      outcome: null,
    },
    initial: 'coach',
    on: {
      'story.beat': { actions: 'fired' },
    },
    states: {
      coach: {
        initial: story.coach.start,
        states: talkStates(story.coach, 'coach'),
        onDone: 'middle',
        on: {
          'story.crisis': { target: 'crisis', actions: 'wentSouth' },
          'story.rescue': 'rescue',
          'story.closed': closed,
        },
      },
      middle: {
        on: {
          'story.crisis': { target: 'crisis', actions: 'wentSouth' },
          'story.rescue': 'rescue',
          'story.closed': closed,
        },
      },
      crisis: {
        on: {
          'story.rescue': 'rescue',
          'story.closed': closed,
        },
      },
      rescue: {
        initial: (story.rescue ?? noTalk).start,
        states: talkStates(story.rescue ?? noTalk, 'rescue'),
        onDone: 'closing',
        on: { 'story.closed': closed },
      },
      /** After the call: waiting on the customer; after a loss: waiting on the review. */
      closing: {
        id: 'storyClosing',
        on: {
          'story.closed': closed,
          'story.review': { guard: 'hasReview', target: 'review' },
        },
      },
      review: {
        initial: (story.review ?? noTalk).start,
        states: talkStates(story.review ?? noTalk, 'review'),
        onDone: 'done',
      },
      done: { id: 'storyDone', type: 'final' },
    },
  });
}

export type StoryMachine = ReturnType<typeof createStoryMachine>;
