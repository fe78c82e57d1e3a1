/**
 * A story's beats compiled into an XState machine: one state per beat, the
 * manager's choices as guarded transitions on `conversation.choose`, endings
 * as final states. The context keeps the choices taken; the output is what
 * the conversation adds up to, ready for the model's coach move.
 */
import { assign, setup } from 'xstate';
import type { ConversationOutcome } from '../sim/coaching';
import type { CoachingStyle } from '../sim/vocabulary';
import { conversationOutcome, conversationStyle } from './conversation';
import type { Story, Taken } from './story';

export interface ConversationContext {
  storyId: string;
  taken: Taken[];
}

export type ConversationEvent = { type: 'conversation.choose'; index: number };

export interface ConversationOutput {
  storyId: string;
  /** The ending beat reached. */
  ending: string;
  style: CoachingStyle;
  outcome: ConversationOutcome;
  taken: Taken[];
}

export function createConversationMachine(story: Story) {
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
      context: {} as ConversationContext,
      events: {} as ConversationEvent,
      output: {} as ConversationOutput,
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
      const last = context.taken.at(-1);
      return {
        storyId: context.storyId,
        ending: last ? last.choice.next : story.start,
        style: conversationStyle(choices),
        outcome: conversationOutcome(choices),
        taken: context.taken,
      };
    },
  });
}

export type ConversationMachine = ReturnType<typeof createConversationMachine>;
