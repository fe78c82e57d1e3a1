/**
 * Reading a session from bytes (the game's autosave, a file the player opens,
 * or a file `npm run replay` is given): JSON, then its shape, then its
 * scenario, then a replay of every decision. Whatever the bytes, the answer
 * is a value: the session with the season it replays to, or a sentence that
 * says what is wrong (naming the decision and its week when one does not
 * apply).
 */
import { replayProblem, replaySession, type Session } from '../sim/session';
import { sessionShape } from '../sim/sessionShape';
import type { SeasonState } from '../sim/state';
import type { CatalogueEntry } from './scenarioCatalogue';

export type PlayableEntry = Extract<CatalogueEntry, { ok: true }>;

/** Far larger than any season's log (a whole season is a few KB). */
export const maxSessionBytes = 2_000_000;

export type SessionRead =
  | {
      ok: true;
      session: Session;
      entry: PlayableEntry;
      state: SeasonState;
      /** The scenario file has changed since the session was played (it still replays). */
      scenarioChanged: boolean;
    }
  | { ok: false; reason: string };

export function readSession(bytes: string, catalogue: readonly CatalogueEntry[]): SessionRead {
  const refuse = (reason: string): SessionRead => ({ ok: false, reason });
  if (bytes.length > maxSessionBytes) {
    return refuse(
      `it is ${Math.round(bytes.length / 1000)} KB, larger than any session (at most ${maxSessionBytes / 1000} KB)`,
    );
  }
  let parsed: unknown;
  try {
    parsed = JSON.parse(bytes);
  } catch {
    return refuse('it is damaged (it is not valid JSON)');
  }
  const shape = sessionShape(parsed);
  if (!shape.ok) return refuse(shape.message);
  const session = shape.session;
  const entry = catalogue.find(
    (candidate): candidate is PlayableEntry =>
      candidate.ok && candidate.scenario.id === session.scenario,
  );
  if (!entry)
    return refuse(`it belongs to the scenario "${session.scenario}", which is not available here`);
  const replayed = replaySession(entry.scenario.setup, session);
  if (!replayed.ok) return refuse(replayProblem(replayed));
  return {
    ok: true,
    session,
    entry,
    state: replayed.state,
    scenarioChanged: session.scenarioVersion !== entry.fingerprint,
  };
}
