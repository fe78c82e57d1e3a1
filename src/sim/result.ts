/**
 * A move either returns the next state or a rejection the view can show.
 * Illegal input is a value, never an exception (boardgame.io's INVALID_MOVE).
 * An accepted move says what it did: its id (the cause its log entries carry)
 * and those entries.
 */
import type { LogEntry, SeasonState } from './state';

export const rejectionCodes = [
  'season-ended',
  'wrong-week',
  'unknown-deal',
  'unknown-rep',
  'unknown-line',
  'deal-closed',
  'not-enough-hours',
  'too-late-to-coach',
  'already-coached-this-stage',
  'too-early-to-rescue',
  'already-rescued',
  'no-lesson-to-review',
  'already-stayed-out',
  'manager-off-sick',
] as const;
export type RejectionCode = (typeof rejectionCodes)[number];

export interface Rejection {
  ok: false;
  code: RejectionCode;
  message: string;
}

export interface Accepted {
  ok: true;
  state: SeasonState;
  /** The cause the move's log entries carry: "d12" for a choice, "week.4" for a week played. */
  id: string;
  /** What the move did: the log entries it wrote. */
  effects: LogEntry[];
}

export type MoveResult = Accepted | Rejection;

export function reject(code: RejectionCode, message: string): Rejection {
  return { ok: false, code, message };
}
