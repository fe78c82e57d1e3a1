import { describe, expect, test } from 'vitest';
import { roomVoteSummary } from '../../src/sim/roomVotes';
import {
  decisionsOf,
  newSession,
  type RoomVote,
  replaySession,
  rewoundTo,
  votesOf,
  withDecision,
  withVote,
} from '../../src/sim/session';
import { sessionShape } from '../../src/sim/sessionShape';
import { makeSetup } from '../support/setups';

const options = [
  { action: 'coach', label: 'Coach Ana on the deal' },
  { action: 'rescue', label: 'Take the deal over' },
  { action: 'stay-out', label: 'Stay out' },
];
const vote = (week: number, chosen: number, overridden = false): Omit<RoomVote, 'branch'> => ({
  week,
  dealId: 'late-ana',
  options,
  tally: [1, 4, 1],
  chosen,
  overridden,
});

/** Three weeks with a vote in each; the room rescued twice and coached once. */
function votedSession() {
  let session = newSession('test', 'v1', 3);
  for (const [week, chosen] of [
    [1, 1],
    [2, 0],
    [3, 1],
  ] as const) {
    session = withVote(session, vote(week, chosen, chosen === 0));
    session = withDecision(session, { type: 'week.advance', week });
  }
  return session;
}

describe('the room’s votes in the session log', () => {
  test('votes ride along: the replay reads none of them and is exactly the same', () => {
    const setup = makeSetup();
    const voted = votedSession();
    const { votes: _votes, ...bare } = voted;
    expect(decisionsOf(voted)).toEqual(decisionsOf(bare));
    expect(replaySession(setup, voted)).toEqual(replaySession(setup, bare));
  });

  test('a log with votes reads back the same; a log from before votes still reads, unchanged', () => {
    const voted = votedSession();
    const read = sessionShape(JSON.parse(JSON.stringify(voted)));
    expect(read).toEqual({ ok: true, session: voted });
    const old = newSession('test', 'v1', 3);
    const oldRead = sessionShape(JSON.parse(JSON.stringify(old)));
    expect(oldRead).toEqual({ ok: true, session: old });
    expect(oldRead.ok && 'votes' in oldRead.session).toBe(false);
  });

  test('a vote that does not add up is refused with a sentence', () => {
    const bad = (change: Partial<RoomVote>) =>
      sessionShape({ ...votedSession(), votes: [{ ...votedSession().votes![0], ...change }] });
    expect(bad({ tally: [1, 2] })).toEqual({
      ok: false,
      message: 'vote 1 has no count of hands for each option',
    });
    expect(bad({ chosen: 3 })).toMatchObject({
      ok: false,
      message: expect.stringContaining('which option'),
    });
    expect(bad({ branch: 'nowhere' })).toMatchObject({
      ok: false,
      message: expect.stringContaining('branch'),
    });
    expect(sessionShape({ ...votedSession(), votes: 'many' })).toMatchObject({ ok: false });
  });

  test('a rewind keeps the votes before it on the new path and the old branch’s after it', () => {
    const rewound = rewoundTo(votedSession(), 2);
    expect(votesOf(rewound).map((v) => v.week)).toEqual([1]);
    expect(votesOf(rewound, 'main').map((v) => v.week)).toEqual([1, 2, 3]);
    const voted = withVote(rewound, vote(2, 2));
    expect(votesOf(voted).map((v) => [v.week, v.branch])).toEqual([
      [1, 'main'],
      [2, 'branch-2'],
    ]);
  });

  test('the summary says which choice the room took how often', () => {
    expect(roomVoteSummary(votesOf(votedSession()))).toEqual({
      votes: 3,
      chosen: [
        { action: 'rescue', times: 2 },
        { action: 'coach', times: 1 },
      ],
      overridden: 1,
    });
    expect(roomVoteSummary([])).toEqual({ votes: 0, chosen: [], overridden: 0 });
  });
});
