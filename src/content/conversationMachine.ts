/**
 * One of a story's talks (its coaching conversation, its rescue call, its
 * review) compiled into an XState machine for the decision screen: one state
 * per beat, the manager's choices as guarded transitions on
 * `conversation.choose`, endings as final states. The context keeps the
 * choices taken; the output is what the talk adds up to, and the line
 * numbers the screen's decision names.
 */
import { assign, setup } from 'xstate';
import type { ConversationOutcome } from '../sim/coaching';
import type { LineTaken, StoryLine } from '../sim/conversationLines';
import type { CoachingStyle } from '../sim/vocabulary';
import { conversationOutcome, conversationStyle } from './conversation';
import type { Beat, Choice } from './story';

/** A talk the machine can run: its id, its start and its beats. */
export interface TalkSource<C extends StoryLine = Choice> {
  id: string;
  start: string;
  beats: Record<string, Beat<C>>;
}

export interface ConversationContext<C extends StoryLine = Choice> {
  storyId: string;
  taken: LineTaken<C>[];
}

export type ConversationEvent = { type: 'conversation.choose'; index: number };

export interface ConversationOutput<C extends StoryLine = Choice> {
  storyId: string;
  /** The ending beat reached. */
  ending: string;
  style: CoachingStyle;
  outcome: ConversationOutcome;
  taken: LineTaken<C>[];
}

export function createConversationMachine<C extends StoryLine = Choice>(story: TalkSource<C>) {
  const states = Object.fromEntries(
    Object.values(story.beats).map((beat) => {
      if (beat.choices.length === 0) return [beat.id, { type: 'final' as const }];
      const transitions = beat.choices.map((choice, index) => ({
        guard: { type: 'chose' as const, params: { index } },
        target: choice.next,
        actions: { type: 'take' as const, params: { beat: beat.id, index } },
      }));
      return [beat.id, { on: { 'conversation.choose': transitions } }];
    }),
  );

  return setup({
    types: {
      context: {} as ConversationContext<C>,
      events: {} as ConversationEvent,
      output: {} as ConversationOutput<C>,
    },
    guards: {
      chose: ({ event }, params: { index: number }) => event.index === params.index,
    },
    actions: {
      take: assign({
        taken: ({ context }, params: { beat: string; index: number }) => {
          const choice = story.beats[params.beat]?.choices[params.index];
          return choice ? [...context.taken, { ...params, choice }] : context.taken;
        },
      }),
    },
  }).createMachine({
    id: `conversation-${story.id}`,
    initial: story.start,
    context: { storyId: story.id, taken: [] },
    states,
    output: ({ context }) => {
      const choices = context.taken.map((step) => step.choice);
      const styled = choices.filter(
        (choice): choice is C & { style: CoachingStyle } => 'style' in choice,
      );
      const last = context.taken.at(-1);
      return {
        storyId: context.storyId,
        ending: last ? last.choice.next : story.start,
        style: conversationStyle(styled),
        outcome: conversationOutcome(choices),
        taken: context.taken,
      };
    },
  });
}

export type ConversationMachine<C extends StoryLine = Choice> = ReturnType<
  typeof createConversationMachine<C>
>;
