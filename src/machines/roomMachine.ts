/**
 * A facilitated session's pacing, beside the season: the room can be paused
 * (everything freezes and a pause card shows), a week's consequences stay
 * hidden until the facilitator reveals them, and the scenario's discussion
 * prompts open at the beats they mark, each with an optional countdown. The
 * machine knows screens and weeks, never the model; the app tells it where
 * the game is and asks it what to show. Every step the room passes through
 * is counted for the step indicator.
 */
import { assign, setup } from 'xstate';
import { promptId, type RoomPrompt } from '../content/roomPrompt';

/** The beats of a week as the room lives them, in order. */
export const roomBeats = ['board', 'decide', 'consequences', 'discuss'] as const;
export type RoomBeat = (typeof roomBeats)[number];

export const roomBeatNames: Record<RoomBeat, string> = {
  board: 'Board',
  decide: 'Decide',
  consequences: 'Consequences',
  discuss: 'Discuss',
};

/** What is laid over the game: nothing, the week's hidden consequences, or a prompt. */
export type RoomCard =
  | { kind: 'none' }
  | { kind: 'hidden'; week: number }
  | { kind: 'prompt'; id: string; text: string; remaining: number | null };

export interface RoomContext {
  prompts: RoomPrompt[];
  screen: string;
  week: number;
  /** Weeks whose consequences the room has seen. */
  revealed: number[];
  /** Prompts already opened once (they open by themselves only the first time). */
  shown: string[];
  card: RoomCard;
  /** The steps passed so far, from 1. */
  step: number;
}

export type RoomEvent =
  | { type: 'screen.entered'; screen: string; week: number }
  | { type: 'room.reveal' }
  | { type: 'room.pause' }
  | { type: 'room.prompt' }
  | { type: 'prompt.close' }
  | { type: 'room.tick' };

const promptFor = (context: RoomContext, at: 'week' | 'results') =>
  context.prompts.find((prompt) => prompt.at === at && prompt.week === context.week);

const promptCard = (prompt: RoomPrompt): RoomCard => ({
  kind: 'prompt',
  id: promptId(prompt),
  text: prompt.text,
  remaining: prompt.seconds ?? null,
});

/** The card a screen opens with: hidden consequences, or a prompt not shown before. */
function cardOnEntering(context: RoomContext): RoomCard {
  if (context.screen === 'results' && !context.revealed.includes(context.week))
    return { kind: 'hidden', week: context.week };
  const at = context.screen === 'week' ? 'week' : context.screen === 'results' ? 'results' : null;
  const prompt = at ? promptFor(context, at) : undefined;
  if (prompt && !context.shown.includes(promptId(prompt))) return promptCard(prompt);
  return { kind: 'none' };
}

const withCard = (context: RoomContext, card: RoomCard): Partial<RoomContext> => ({
  card,
  shown:
    card.kind === 'prompt' && !context.shown.includes(card.id)
      ? [...context.shown, card.id]
      : context.shown,
});

/** The beat the room is at. */
export function roomBeat(context: Pick<RoomContext, 'screen' | 'card'>): RoomBeat {
  if (context.card.kind === 'prompt') return 'discuss';
  if (context.screen === 'decision') return 'decide';
  if (context.screen === 'results' || context.screen === 'quarter') return 'consequences';
  return 'board';
}

export const roomMachine = setup({
  types: {
    context: {} as RoomContext,
    events: {} as RoomEvent,
    input: {} as { prompts: RoomPrompt[] },
  },
  actions: {
    enter: assign(({ context, event }) => {
      if (event.type !== 'screen.entered') return {};
      if (event.screen === context.screen && event.week === context.week) return {};
      const moved = { ...context, screen: event.screen, week: event.week };
      return {
        screen: event.screen,
        week: event.week,
        step: context.step + 1,
        ...withCard(moved, cardOnEntering(moved)),
      };
    }),
    reveal: assign(({ context }) => {
      if (context.card.kind !== 'hidden') return {};
      const revealed = [...context.revealed, context.card.week];
      const after = { ...context, revealed };
      return { revealed, step: context.step + 1, ...withCard(after, cardOnEntering(after)) };
    }),
    openPrompt: assign(({ context }) => {
      if (context.card.kind !== 'none') return {};
      const at = context.screen === 'results' ? 'results' : 'week';
      const prompt =
        promptFor(context, at) ?? promptFor(context, at === 'week' ? 'results' : 'week');
      const card: RoomCard = prompt
        ? promptCard(prompt)
        : {
            kind: 'prompt',
            id: `open-${context.week}`,
            text: 'What would you do here, and why?',
            remaining: null,
          };
      return { step: context.step + 1, ...withCard(context, card) };
    }),
    closePrompt: assign(({ context }) =>
      context.card.kind === 'prompt'
        ? { card: { kind: 'none' } as RoomCard, step: context.step + 1 }
        : {},
    ),
    tick: assign(({ context }) => {
      const card = context.card;
      if (card.kind !== 'prompt' || card.remaining === null || card.remaining === 0) return {};
      return { card: { ...card, remaining: card.remaining - 1 } };
    }),
  },
}).createMachine({
  id: 'room',
  context: ({ input }) => ({
    prompts: input.prompts,
    screen: 'loading',
    week: 0,
    revealed: [],
    shown: [],
    card: { kind: 'none' },
    step: 0,
  }),
  initial: 'running',
  states: {
    running: {
      on: {
        'screen.entered': { actions: 'enter' },
        'room.reveal': { actions: 'reveal' },
        'room.prompt': { actions: 'openPrompt' },
        'prompt.close': { actions: 'closePrompt' },
        'room.tick': { actions: 'tick' },
        'room.pause': { target: 'paused' },
      },
    },
    // Frozen: the game does not move and the countdown stops; only resuming is heard.
    paused: {
      on: {
        'room.pause': { target: 'running' },
        // The game may still finish drawing the screen it was opening.
        'screen.entered': { actions: 'enter' },
      },
    },
  },
});
