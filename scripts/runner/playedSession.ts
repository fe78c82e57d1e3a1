/** The session file of a season a policy played: the game's own format, so the game and `npm run replay` open it. */
import type { PlayableEntry } from '../../src/content/sessionFile';
import type { Decision } from '../../src/sim/decisions';
import { newSession, type Session, withDecision } from '../../src/sim/session';

export function playedSession(
  entry: PlayableEntry,
  seed: number,
  decisions: readonly Decision[],
): Session {
  return decisions.reduce(withDecision, newSession(entry.scenario.id, entry.fingerprint, seed));
}
