/**
 * What one accepted decision means to the story deals' statecharts, read
 * from the decision (the lines it names) and the log entries it wrote (beats
 * that fired, a crisis, a customer's decision). The season machine steps its
 * story actors with these, and a replay of the log gives the same events.
 */
import { applyDecision, type Decision } from '../sim/decisions';
import { createSeason } from '../sim/season';
import type { SeasonSetup } from '../sim/setup';
import type { LogEntry, SeasonState } from '../sim/state';
import type { StoryEvent } from './storyMachine';

export interface AddressedStoryEvent {
  /** The story deal it is about (its storyId). */
  storyId: string;
  event: StoryEvent;
}

const storyOf = (state: SeasonState, dealId: string) =>
  state.deals.find((deal) => deal.id === dealId)?.storyId;

/** The story events a decision brings (none for the season's setup, whose log is read alone). */
export function storyEvents(
  before: SeasonState,
  decision: Decision | undefined,
  effects: readonly LogEntry[],
  after: SeasonState,
): AddressedStoryEvent[] {
  const events: AddressedStoryEvent[] = [];
  const week = decision?.week ?? after.week;
  const to = (storyId: string | undefined, event: StoryEvent) => {
    if (storyId) events.push({ storyId, event });
  };
  const chooses = (storyId: string | undefined, lines: readonly number[]) => {
    for (const index of lines) to(storyId, { type: 'story.choose', index });
  };
  switch (decision?.type) {
    case 'deal.coach': {
      if (decision?.type !== 'deal.coach') break;
      // The conversation counts when the model held it (not when it answered a request).
      const was = before.deals.find((d) => d.id === decision.dealId)?.conversationHeld;
      const now = after.deals.find((d) => d.id === decision.dealId)?.conversationHeld;
      if (decision.lines && now && !was) chooses(storyOf(after, decision.dealId), decision.lines);
      break;
    }
    case 'deal.rescue': {
      if (decision?.type !== 'deal.rescue') break;
      const storyId = storyOf(after, decision.dealId);
      to(storyId, { type: 'story.rescue', week });
      if (decision.lines) chooses(storyId, decision.lines);
      break;
    }
    case 'loss.review':
      if (decision?.type === 'loss.review' && decision.lines) {
        const storyId = storyOf(after, decision.dealId);
        to(storyId, { type: 'story.review', week });
        chooses(storyId, decision.lines);
      }
      break;
    default:
      break;
  }
  for (const entry of effects) {
    const storyId = storyOf(after, entry.subject);
    if (entry.kind === 'storyBeat') {
      const [id = '', way] = (entry.detail ?? '').split(':');
      to(storyId, { type: 'story.beat', id, held: way === 'happens', week: entry.week });
    } else if (entry.kind === 'storyCrisis')
      to(storyId, { type: 'story.crisis', week: entry.week });
    else if (entry.kind === 'dealWon' || entry.kind === 'dealLost')
      to(storyId, {
        type: 'story.closed',
        outcome: entry.kind === 'dealWon' ? 'won' : 'lost',
        week: entry.week,
      });
  }
  return events;
}

/**
 * A season replayed decision by decision, with the story events along the
 * way (the setup's first: week 1's beats fire as the season opens), or the
 * first decision that does not apply.
 */
export function replayWithStories(
  setup: SeasonSetup,
  seed: number,
  decisions: readonly Decision[],
): { state: SeasonState; events: AddressedStoryEvent[] } | { failed: number; message: string } {
  let state = createSeason(setup, seed);
  const events = storyEvents(state, undefined, state.log, state);
  for (const [i, decision] of decisions.entries()) {
    const result = applyDecision(state, decision);
    if (!result.ok) return { failed: i + 1, message: result.message };
    events.push(...storyEvents(state, decision, result.effects, result.state));
    state = result.state;
  }
  return { state, events };
}
