/**
 * A move either returns the next state or a rejection the view can show.
 * Illegal input is a value, never an exception (boardgame.io's INVALID_MOVE).
 */
import type { SeasonState } from './state';

export const rejectionCodes = [
  'season-ended',
  'unknown-deal',
  'unknown-rep',
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
}

export type MoveResult = Accepted | Rejection;

export function reject(code: RejectionCode, message: string): Rejection {
  return { ok: false, code, message };
}
