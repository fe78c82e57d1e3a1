/**
 * How the room voted over a facilitated session: how many votes, which kind
 * of choice the room took how often (by what the chosen option does), and
 * how often the facilitator overrode the majority. Read from the log's votes.
 */
import type { RoomVote } from './session';

export interface RoomVoteSummary {
  votes: number;
  /** The chosen options' actions (coach, rescue, stay-out…) and how often each was taken. */
  chosen: { action: string; times: number }[];
  overridden: number;
}

export function roomVoteSummary(votes: readonly RoomVote[]): RoomVoteSummary {
  const times = new Map<string, number>();
  for (const vote of votes) {
    const action = vote.options[vote.chosen]?.action ?? 'unknown';
    times.set(action, (times.get(action) ?? 0) + 1);
  }
  return {
    votes: votes.length,
    chosen: [...times]
      .map(([action, count]) => ({ action, times: count }))
      .sort((a, b) => b.times - a.times || a.action.localeCompare(b.action)),
    overridden: votes.filter((vote) => vote.overridden).length,
  };
}
