/**
 * A decision is a move the manager makes, as plain data: the same object is
 * what the view sends, the event the season machine takes, the move the
 * model applies and the entry the session log keeps. The list of decisions
 * is the replay: the same setup, seed and decisions give the same season.
 */
import { coach } from './coaching';
import { conversationOutcome, conversationStyle } from './conversationLines';
import { reviewLoss, reviewThroughTalk } from './lossReview';
import { rescue } from './rescue';
import { rescueThroughCall } from './rescueCall';
import { type MoveResult, reject } from './result';
import type { SeasonState } from './state';
import { stayOut } from './stayOut';
import { storyTalk } from './storyTalk';
import type { CoachingStyle, Concession } from './vocabulary';
import { advanceWeek } from './week';

export type CoachDecision = { type: 'deal.coach'; week: number; dealId: string } & (
  | { style: CoachingStyle; lines?: undefined }
  /** The numbers of the lines taken through the deal's authored conversation, from its start. */
  | { lines: number[]; style?: undefined }
);

export type RescueDecision = { type: 'deal.rescue'; week: number; dealId: string } & (
  | { concession: Concession; lines?: undefined }
  /** The numbers of the lines taken through the story deal's rescue call, from its start. */
  | { lines: number[]; concession?: undefined }
);

export type ReviewDecision = {
  type: 'loss.review';
  week: number;
  dealId: string;
  /** The numbers of the lines taken through the story deal's review talk, from its start. */
  lines?: number[];
};

export type Decision =
  | CoachDecision
  | RescueDecision
  | ReviewDecision
  | { type: 'deal.stayOut'; week: number; dealId: string }
  | { type: 'week.advance'; week: number };

export type DecisionType = Decision['type'];

export const decisionTypes = [
  'deal.coach',
  'deal.rescue',
  'loss.review',
  'deal.stayOut',
  'week.advance',
] as const satisfies readonly DecisionType[];

/** A decision without its week: what a scripted player or the view means, before it is dated. */
export type Move = Decision extends infer D
  ? D extends Decision
    ? Omit<D, 'week'>
    : never
  : never;

/** The move, dated this week. */
export function dated(state: SeasonState, move: Move): Decision {
  return { ...move, week: state.week } as Decision;
}

export function applyDecision(state: SeasonState, decision: Decision): MoveResult {
  if (decision.week !== state.week) {
    return reject(
      'wrong-week',
      `This decision is for week ${decision.week}, but the season is in week ${state.week}.`,
    );
  }
  switch (decision.type) {
    case 'deal.coach':
      return decision.lines
        ? coachThroughLines(state, decision.dealId, decision.lines)
        : coach(state, decision);
    case 'deal.rescue':
      return decision.lines
        ? rescueThroughCall(state, decision.dealId, decision.lines)
        : rescue(state, { dealId: decision.dealId, concession: decision.concession });
    case 'loss.review':
      return decision.lines
        ? reviewThroughTalk(state, decision.dealId, decision.lines)
        : reviewLoss(state, decision.dealId);
    case 'deal.stayOut':
      return stayOut(state, decision.dealId);
    case 'week.advance':
      return advanceWeek(state);
  }
}

/** Coaching through the deal's authored conversation: the lines' effects and style go with it. */
function coachThroughLines(
  state: SeasonState,
  dealId: string,
  lines: readonly number[],
): MoveResult {
  const chosen = storyTalk(state, dealId, 'coach', lines);
  if (!Array.isArray(chosen)) return chosen;
  return coach(state, {
    dealId,
    style: conversationStyle(chosen),
    conversation: conversationOutcome(chosen),
  });
}
