/**
 * The season machine's vocabulary. What it takes: the manager's decisions
 * (the same plain data the model applies and the log keeps) and the steps of
 * the season's phases, present tense, dot-namespaced. What it emits: past
 * tense.
 */
import type { Decision } from '../sim/decisions';
import type { Rejection } from '../sim/result';
import type { RoomVote } from '../sim/session';

export type PhaseEvent =
  /** The manager opens a deal's decision from the board… */
  | { type: 'deal.open'; dealId: string }
  /** …and goes back to the board. */
  | { type: 'deal.close' }
  /** The quarter review has been read; the next week's board opens. */
  | { type: 'quarter.continue' }
  /** Back to the start of an earlier week, to play on from there on a new branch. */
  | { type: 'season.rewind'; week: number }
  /** A facilitated session's room voted at a decision (the log keeps it; the replay reads none). */
  | { type: 'room.voted'; vote: Omit<RoomVote, 'branch'> };

export type SeasonEvent = Decision | PhaseEvent;

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
  | { type: 'season.ended'; week: number }
  | { type: 'season.rewound'; week: number };

/** What each accepted choice emits. */
export const acceptedEventType: Record<
  Exclude<Decision['type'], 'week.advance'>,
  'deal.coached' | 'deal.rescued' | 'loss.reviewed' | 'deal.stayedOut'
> = {
  'deal.coach': 'deal.coached',
  'deal.rescue': 'deal.rescued',
  'loss.review': 'loss.reviewed',
  'deal.stayOut': 'deal.stayedOut',
};
