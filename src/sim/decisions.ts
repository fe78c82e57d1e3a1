/**
 * A decision is a move the manager makes, as plain data. The list of
 * decisions taken, week by week, is the replay: the same setup, seed and
 * decisions give the same season, always.
 */
import { type CoachChoice, coach } from './coaching';
import { reviewLoss } from './lossReview';
import { rescue } from './rescue';
import type { MoveResult } from './result';
import type { SeasonState } from './state';
import { stayOut } from './stayOut';
import type { Concession } from './vocabulary';

export type Decision =
  | ({ type: 'coach' } & CoachChoice)
  | { type: 'rescue'; dealId: string; concession: Concession }
  | { type: 'review'; dealId: string }
  | { type: 'stayOut'; dealId: string };

export const decisionTypes = [
  'coach',
  'rescue',
  'review',
  'stayOut',
] as const satisfies readonly Decision['type'][];

export function applyDecision(state: SeasonState, decision: Decision): MoveResult {
  switch (decision.type) {
    case 'coach':
      return coach(state, decision);
    case 'rescue':
      return rescue(state, decision);
    case 'review':
      return reviewLoss(state, decision.dealId);
    case 'stayOut':
      return stayOut(state, decision.dealId);
  }
}
