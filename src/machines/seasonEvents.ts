/**
 * The season machine's vocabulary: events the view sends (present tense,
 * dot-namespaced) and events it emits (past tense), and the one mapping
 * between a sent event and the sim's decision.
 */
import type { ConversationOutcome } from '../sim/coaching';
import type { Decision } from '../sim/decisions';
import type { Rejection } from '../sim/result';
import type { CoachingStyle, Concession } from '../sim/vocabulary';

export type SeasonEvent =
  | { type: 'deal.coach'; dealId: string; style: CoachingStyle; conversation?: ConversationOutcome }
  | { type: 'deal.rescue'; dealId: string; concession: Concession }
  | { type: 'loss.review'; dealId: string }
  | { type: 'deal.stayOut'; dealId: string }
  | { type: 'week.advance' };

export type MoveEvent = Exclude<SeasonEvent, { type: 'week.advance' }>;

export const emittedEventTypes = [
  'deal.coached',
  'deal.rescued',
  'loss.reviewed',
  'deal.stayedOut',
  'move.rejected',
  'week.advanced',
  'deal.arrived',
  'deal.won',
  'deal.lost',
  'help.requested',
  'rep.quit',
  'rep.hired',
  'manager.burnedOut',
  'manager.recovered',
  'season.ended',
] as const;
export type EmittedEventType = (typeof emittedEventTypes)[number];

export type SeasonEmitted =
  | {
      type: 'deal.coached' | 'deal.rescued' | 'loss.reviewed' | 'deal.stayedOut';
      dealId: string;
      week: number;
    }
  | { type: 'move.rejected'; rejection: Rejection }
  | { type: 'week.advanced'; week: number }
  | {
      type: 'deal.arrived' | 'deal.won' | 'deal.lost' | 'help.requested';
      dealId: string;
      week: number;
    }
  | { type: 'rep.quit' | 'rep.hired'; repId: string; week: number }
  | { type: 'manager.burnedOut' | 'manager.recovered'; week: number }
  | { type: 'season.ended'; week: number };

export function decisionFromEvent(event: MoveEvent): Decision {
  switch (event.type) {
    case 'deal.coach':
      return {
        type: 'coach',
        dealId: event.dealId,
        style: event.style,
        ...(event.conversation ? { conversation: event.conversation } : {}),
      };
    case 'deal.rescue':
      return { type: 'rescue', dealId: event.dealId, concession: event.concession };
    case 'loss.review':
      return { type: 'review', dealId: event.dealId };
    case 'deal.stayOut':
      return { type: 'stayOut', dealId: event.dealId };
  }
}

export function eventFromDecision(decision: Decision): MoveEvent {
  switch (decision.type) {
    case 'coach':
      return {
        type: 'deal.coach',
        dealId: decision.dealId,
        style: decision.style,
        ...(decision.conversation ? { conversation: decision.conversation } : {}),
      };
    case 'rescue':
      return { type: 'deal.rescue', dealId: decision.dealId, concession: decision.concession };
    case 'review':
      return { type: 'loss.review', dealId: decision.dealId };
    case 'stayOut':
      return { type: 'deal.stayOut', dealId: decision.dealId };
  }
}

/** What each accepted decision emits. */
export const acceptedEventType: Record<
  Decision['type'],
  'deal.coached' | 'deal.rescued' | 'loss.reviewed' | 'deal.stayedOut'
> = {
  coach: 'deal.coached',
  rescue: 'deal.rescued',
  review: 'loss.reviewed',
  stayOut: 'deal.stayedOut',
};
