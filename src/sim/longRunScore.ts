/**
 * A long-horizon score: the state the season leaves behind (the team's
 * capability, ownership and morale, the manager's energy, the margin kept)
 * weighed over the bookings made on the way, 0 to 100. A short game cannot
 * show the long run; this says what the season left for the next one.
 */

import { weeksPerQuarter } from './calendar';
import { seasonLedger } from './seasonLedger';
import type { SeasonState } from './state';

export const scoreParts = [
  'capability',
  'ownership',
  'morale',
  'energy',
  'marginKept',
  'bookings',
] as const;
export type ScorePart = (typeof scoreParts)[number];

/** Three quarters of the weight on what the season leaves, a quarter on what it booked. */
export const scoreWeights: Record<ScorePart, number> = {
  capability: 0.2,
  ownership: 0.15,
  morale: 0.15,
  energy: 0.15,
  marginKept: 0.1,
  bookings: 0.25,
};

export interface LongRunScore {
  /** 0 to 100. */
  score: number;
  /** Each part's value, 0 to 1 (bookings as a share of quota, at most 1). */
  parts: Record<ScorePart, number>;
}

export function longRunScore(state: SeasonState): LongRunScore {
  const last = state.history.at(-1);
  const ledger = seasonLedger(state);
  const quota = (state.quotaPerQuarter * state.history.length) / weeksPerQuarter;
  const listed = ledger.bookings + ledger.marginGiven;
  const parts: Record<ScorePart, number> = {
    capability: last?.capability ?? 0,
    ownership: last?.ownership ?? 0,
    morale: last?.morale ?? 0,
    energy: last?.energy ?? 0,
    marginKept: listed > 0 ? ledger.bookings / listed : 1,
    bookings: quota > 0 ? Math.min(1, ledger.bookings / quota) : 0,
  };
  const score = scoreParts.reduce((sum, part) => sum + scoreWeights[part] * parts[part], 0);
  return { score: Math.round(score * 100), parts };
}
