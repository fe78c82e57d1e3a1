/**
 * The season's phases over the pure model in src/sim: the week board, a
 * decision open, the week ending, the quarter review, the end. The context
 * is the session log and the state it replays to (a cache of the log); every
 * move is a Decision the model applies and the log keeps, and the machine
 * emits the past-tense events the view and the audio listen to. Deals are
 * plain data in the state: no actor mirrors them.
 */
import { type ActorRefFrom, assign, enqueueActions, setup } from 'xstate';
import { weeksPerQuarter } from '../sim/calendar';
import { applyDecision, type Decision } from '../sim/decisions';
import type { Accepted, Rejection } from '../sim/result';
import { decisionsOf, rewoundTo, type Session, withDecision, withVote } from '../sim/session';
import type { SeasonSetup } from '../sim/setup';
import type { SeasonState } from '../sim/state';
import { emittedFromLog } from './emittedFromLog';
import { acceptedEventType, type SeasonEmitted, type SeasonEvent } from './seasonEvents';
import { replayWithStories, storyEvents } from './storyEvents';
import { createStoryMachine, type StoryMachine } from './storyMachine';

export interface SeasonInput {
  setup: SeasonSetup;
  session: Session;
}

export interface SeasonContext {
  setup: SeasonSetup;
  session: Session;
  /** The season the session's current branch replays to. */
  state: SeasonState;
  /** The last move accepted, until the next one: its id and what it did. */
  accepted: Accepted | null;
  /** The last move the model turned down, until the next accepted one. */
  rejection: Rejection | null;
  /** One statechart per story deal, by storyId, stepped by every accepted decision. */
  stories: Record<string, ActorRefFrom<StoryMachine>>;
}

type Spawner = (machine: StoryMachine, options: { id: string }) => ActorRefFrom<StoryMachine>;

/** The season the session replays to, with its story deals' statecharts spawned and stepped along the log. */
function replayed(
  setup: SeasonSetup,
  session: Session,
  spawn: Spawner,
): { state: SeasonState; stories: Record<string, ActorRefFrom<StoryMachine>> } {
  const result = replayWithStories(setup, session.seed, decisionsOf(session));
  // The caller checks a session before the machine starts (src/content/sessionFile), so this is a bug.
  if ('failed' in result) throw new Error(`the session does not replay: ${result.message}`);
  const stories: Record<string, ActorRefFrom<StoryMachine>> = {};
  for (const [id, story] of Object.entries(setup.stories ?? {})) {
    stories[id] = spawn(createStoryMachine(id, story), { id: `story-${id}-${session.current}` });
  }
  for (const { storyId, event } of result.events) stories[storyId]?.send(event);
  return { state: result.state, stories };
}

const weekEnded = (state: SeasonState) => state.history.length;

export const seasonMachine = setup({
  types: {
    context: {} as SeasonContext,
    events: {} as SeasonEvent,
    input: {} as SeasonInput,
    emitted: {} as SeasonEmitted,
  },
  guards: {
    seasonEnded: ({ context }) => context.state.ended,
    quarterClosed: ({ context }) => {
      const week = weekEnded(context.state);
      return week > 0 && week % weeksPerQuarter === 0;
    },
    canRewind: ({ context, event }) =>
      event.type === 'season.rewind' &&
      Number.isInteger(event.week) &&
      event.week >= 1 &&
      event.week <= Math.min(context.state.week, context.state.weeks),
  },
  actions: {
    decide: enqueueActions(({ context, event, enqueue }) => {
      const decision = event as Decision;
      const result = applyDecision(context.state, decision);
      if (!result.ok) {
        enqueue.assign({ rejection: result });
        enqueue.emit({ type: 'move.rejected', rejection: result });
        return;
      }
      enqueue.assign({
        state: result.state,
        session: withDecision(context.session, decision),
        accepted: result,
        rejection: null,
      });
      for (const { storyId, event: told } of storyEvents(
        context.state,
        decision,
        result.effects,
        result.state,
      )) {
        const story = context.stories[storyId];
        if (story) enqueue.sendTo(story, told);
      }
      if (decision.type === 'week.advance') {
        for (const emitted of emittedFromLog(result.effects)) enqueue.emit(emitted);
        enqueue.emit({ type: 'week.advanced', week: decision.week });
        return;
      }
      enqueue.emit({
        type: acceptedEventType[decision.type],
        dealId: decision.dealId,
        week: decision.week,
      });
    }),
    refuse: enqueueActions(({ context, enqueue }) => {
      const rejection: Rejection = {
        ok: false,
        code: context.state.ended ? 'season-ended' : 'wrong-week',
        message: context.state.ended
          ? 'The season is over.'
          : 'Read the quarter review first: the next week opens after it.',
      };
      enqueue.assign({ rejection });
      enqueue.emit({ type: 'move.rejected', rejection });
    }),
    rewind: enqueueActions(({ context, event, enqueue }) => {
      if (event.type !== 'season.rewind') return;
      const session = rewoundTo(context.session, event.week);
      for (const story of Object.values(context.stories)) enqueue.stopChild(story);
      enqueue.assign(({ spawn }) => ({
        session,
        ...replayed(context.setup, session, spawn as unknown as Spawner),
        accepted: null,
        rejection: null,
      }));
      enqueue.emit({ type: 'season.rewound', week: event.week });
    }),
    recordVote: assign(({ context, event }) =>
      event.type === 'room.voted' ? { session: withVote(context.session, event.vote) } : {},
    ),
    announceEnd: enqueueActions(({ context, enqueue }) => {
      enqueue.emit({ type: 'season.ended', week: context.state.weeks });
    }),
  },
}).createMachine({
  id: 'season',
  context: ({ input, spawn }) => ({
    setup: input.setup,
    session: input.session,
    ...replayed(input.setup, input.session, spawn as unknown as Spawner),
    accepted: null,
    rejection: null,
  }),
  initial: 'starting',
  on: {
    'season.rewind': { guard: 'canRewind', target: '.playing', actions: 'rewind' },
    'room.voted': { actions: 'recordVote' },
  },
  states: {
    /** Passing through: a session that replays to its end opens on the end. */
    starting: {
      always: [{ target: 'ended', guard: 'seasonEnded' }, { target: 'playing' }],
    },
    playing: {
      initial: 'weekBoard',
      on: {
        'deal.coach': { actions: 'decide' },
        'deal.rescue': { actions: 'decide' },
        'loss.review': { actions: 'decide' },
        'deal.stayOut': { actions: 'decide' },
        'week.advance': { target: 'weekEnding', actions: 'decide' },
      },
      states: {
        weekBoard: { on: { 'deal.open': 'decision' } },
        decision: { on: { 'deal.close': 'weekBoard', 'deal.open': 'decision' } },
      },
    },
    /** Passing through: after the last week the season ends; a closed quarter is reviewed. */
    weekEnding: {
      always: [
        { target: 'ended', guard: 'seasonEnded' },
        { target: 'quarterReview', guard: 'quarterClosed' },
        { target: 'playing' },
      ],
    },
    quarterReview: {
      on: {
        'quarter.continue': 'playing',
        'deal.coach': { actions: 'refuse' },
        'deal.rescue': { actions: 'refuse' },
        'loss.review': { actions: 'refuse' },
        'deal.stayOut': { actions: 'refuse' },
        'week.advance': { actions: 'refuse' },
      },
    },
    ended: {
      entry: 'announceEnd',
      on: {
        'deal.coach': { actions: 'refuse' },
        'deal.rescue': { actions: 'refuse' },
        'loss.review': { actions: 'refuse' },
        'deal.stayOut': { actions: 'refuse' },
        'week.advance': { actions: 'refuse' },
      },
    },
  },
});

export type SeasonMachine = typeof seasonMachine;
