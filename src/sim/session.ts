/**
 * The session log: a season is its scenario, its seed and the decisions
 * taken, in branches when someone rewinds and plays on. The state is a pure
 * function of it (`replaySession`); saves, rewind and fork, export and every
 * "what led to this" read it, and any state kept beside it is only a cache.
 */
import { applyDecision, type Decision } from './decisions';
import { createSeason } from './season';
import type { SeasonSetup } from './setup';
import type { SeasonState } from './state';

/** Bump when the shape of a session changes; older files then read as another version's. */
export const sessionFormat = 2;

export interface Branch {
  id: string;
  /** The branch this one was forked from; null for the first. */
  parent: string | null;
  /** This branch takes its parent's decisions before this week, then its own. */
  fromWeek: number;
  /** The decisions taken on this branch, from the start of `fromWeek`. */
  decisions: Decision[];
}

/** How the room voted at a decision of a facilitated session. */
export interface RoomVote {
  /** The branch the vote was taken on, and the week and deal of the decision. */
  branch: string;
  week: number;
  dealId: string;
  /** The options as the room saw them, in letter order: what each does, and its words. */
  options: { action: string; label: string }[];
  /** Hands raised for each option. */
  tally: number[];
  /** The option taken: the majority, or the facilitator's own pick. */
  chosen: number;
  overridden: boolean;
}

export interface Session {
  format: number;
  /** The scenario's id. */
  scenario: string;
  /** A fingerprint of the scenario file the season was played on. */
  scenarioVersion: string;
  seed: number;
  branches: Branch[];
  /** The branch last played. */
  current: string;
  /** The room's votes, in a facilitated session (absent before the first). The replay reads none. */
  votes?: RoomVote[];
}

export function newSession(scenario: string, scenarioVersion: string, seed: number): Session {
  return {
    format: sessionFormat,
    scenario,
    scenarioVersion,
    seed,
    branches: [{ id: 'main', parent: null, fromWeek: 1, decisions: [] }],
    current: 'main',
  };
}

function branchOf(session: Session, id: string): Branch {
  const branch = session.branches.find((b) => b.id === id);
  if (!branch) throw new Error(`the session has no branch "${id}"`);
  return branch;
}

/** The branches that lead to the end of a branch, first first, each with the week it counts up to. */
function pathOf(session: Session, branchId: string): { branch: Branch; until: number }[] {
  const chain: Branch[] = [];
  const seen = new Set<string>();
  for (let branch: Branch | undefined = branchOf(session, branchId); branch; ) {
    if (seen.has(branch.id)) throw new Error(`the session's branches loop at "${branch.id}"`);
    seen.add(branch.id);
    chain.unshift(branch);
    branch = branch.parent === null ? undefined : branchOf(session, branch.parent);
  }
  // A branch's decisions count up to the earliest week any later branch in the chain went back to.
  return chain.map((branch, i) => ({
    branch,
    until: Math.min(...chain.slice(i + 1).map((later) => later.fromWeek), Number.POSITIVE_INFINITY),
  }));
}

/** Every decision that leads to the end of a branch (the current one by default), in order. */
export function decisionsOf(session: Session, branchId = session.current): Decision[] {
  return pathOf(session, branchId).flatMap(({ branch, until }) =>
    branch.decisions.filter((decision) => decision.week < until),
  );
}

/** The room's votes on the way to the end of a branch (the current one by default), in order. */
export function votesOf(session: Session, branchId = session.current): RoomVote[] {
  const path = pathOf(session, branchId);
  return (session.votes ?? []).filter((vote) =>
    path.some(({ branch, until }) => branch.id === vote.branch && vote.week < until),
  );
}

/** The session with the room's vote added, on its current branch. */
export function withVote(session: Session, vote: Omit<RoomVote, 'branch'>): Session {
  return { ...session, votes: [...(session.votes ?? []), { branch: session.current, ...vote }] };
}

/** The session with this decision added to the end of its current branch. */
export function withDecision(session: Session, decision: Decision): Session {
  return {
    ...session,
    branches: session.branches.map((branch) =>
      branch.id === session.current
        ? { ...branch, decisions: [...branch.decisions, decision] }
        : branch,
    ),
  };
}

/**
 * The session rewound to the start of a week: a new branch that keeps the
 * decisions before that week and plays on from there; every branch stays. A
 * branch with nothing played on it yet is replaced rather than stacked.
 */
export function rewoundTo(session: Session, week: number): Session {
  const current = branchOf(session, session.current);
  const from =
    current.decisions.length === 0 && current.parent !== null ? current.parent : current.id;
  const kept =
    current.decisions.length === 0 && current.parent !== null
      ? session.branches.filter((branch) => branch.id !== current.id)
      : session.branches;
  let n = session.branches.length + 1;
  while (session.branches.some((branch) => branch.id === `branch-${n}`)) n += 1;
  const branch: Branch = { id: `branch-${n}`, parent: from, fromWeek: week, decisions: [] };
  const rewound = { ...session, branches: [...kept, branch], current: branch.id };
  // A vote on a branch that is replaced goes with it.
  if (session.votes && kept.length < session.branches.length)
    rewound.votes = session.votes.filter((vote) => kept.some((b) => b.id === vote.branch));
  return rewound;
}

export type Replay =
  | { ok: true; state: SeasonState }
  | {
      ok: false;
      /** 1-based number of the decision that did not apply. */
      number: number;
      week: number;
      message: string;
    };

/** The season the decisions lead to, or the first decision that does not apply, and why. */
export function replay(setup: SeasonSetup, seed: number, decisions: readonly Decision[]): Replay {
  let state = createSeason(setup, seed);
  for (const [i, decision] of decisions.entries()) {
    const result = applyDecision(state, decision);
    if (!result.ok) {
      return { ok: false, number: i + 1, week: decision.week, message: result.message };
    }
    state = result.state;
  }
  return { ok: true, state };
}

/** The season at the end of the session's current branch. */
export function replaySession(setup: SeasonSetup, session: Session): Replay {
  return replay(setup, session.seed, decisionsOf(session));
}

/** The sentence that says which decision broke a replay. */
export function replayProblem(failed: Extract<Replay, { ok: false }>): string {
  const why = failed.message.replace(/\.$/, '');
  return `decision ${failed.number} (week ${failed.week}) does not apply to this scenario: ${why}`;
}
