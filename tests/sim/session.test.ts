/**
 * The session log is the truth: the state is a pure function of it, rewinds
 * fork it into branches without losing any, and a log read from outside is
 * checked for its shape before anything replays it.
 */
import fc from 'fast-check';
import { describe, expect, test } from 'vitest';
import { applyDecision, type Decision } from '../../src/sim/decisions';
import {
  decisionsOf,
  newSession,
  replay,
  replayProblem,
  rewoundTo,
  type Session,
  sessionFormat,
  withDecision,
} from '../../src/sim/session';
import { sessionShape } from '../../src/sim/sessionShape';
import type { SeasonState } from '../../src/sim/state';
import { legalDecisions } from '../support/legalDecisions';
import { makeSetup } from '../support/setups';

const setup = makeSetup();

/** Each week: which legal decisions to take (as fractions of the list). */
const weekPlan = fc.array(fc.double({ min: 0, max: 1, maxExcluded: true, noNaN: true }), {
  maxLength: 5,
});

/** Plays the plan live, keeping the state at the start of every week and the log. */
function playLive(seed: number, plan: number[][]) {
  let session = newSession(setup.id, 'v', seed);
  const state = replay(setup, seed, []);
  if (!state.ok) throw new Error(state.message);
  let live: SeasonState = state.state;
  const weekStarts: SeasonState[] = [live];
  const take = (decision: Decision) => {
    const result = applyDecision(live, decision);
    if (!result.ok) throw new Error(result.message);
    live = result.state;
    session = withDecision(session, decision);
  };
  for (const picks of plan) {
    for (const pick of picks) {
      const options = legalDecisions(live);
      if (options.length > 0) take(options[Math.floor(pick * options.length)]!);
    }
    take({ type: 'week.advance', week: live.week });
    weekStarts.push(live);
  }
  return { session, live, weekStarts };
}

describe('the session log', () => {
  test('replaying the log gives the live state at every week, and rewinding then replaying the same choices gives the straight run', () => {
    fc.assert(
      fc.property(
        fc.integer({ min: 1, max: 2 ** 31 - 1 }),
        fc.array(weekPlan, { minLength: 1, maxLength: 26 }),
        fc.double({ min: 0, max: 1, maxExcluded: true, noNaN: true }),
        (seed, plan, where) => {
          const { session, live, weekStarts } = playLive(seed, plan);
          const decisions = decisionsOf(session);
          // At every week's start the replay of the decisions before it is that week's live state.
          weekStarts.forEach((start, i) => {
            const before = decisions.filter((decision) => decision.week <= i);
            const replayed = replay(setup, seed, before);
            expect(replayed.ok && replayed.state).toEqual(start);
          });
          const whole = replay(setup, seed, decisions);
          expect(whole.ok && whole.state).toEqual(live);

          // Rewind to a week, then take the same decisions again on the new branch.
          const week = 1 + Math.floor(where * (live.week - 1));
          let forked = rewoundTo(session, week);
          expect(forked.branches).toHaveLength(2);
          const rewound = replay(setup, seed, decisionsOf(forked));
          expect(rewound.ok && rewound.state).toEqual(weekStarts[week - 1]);
          for (const decision of decisions.filter((d) => d.week >= week))
            forked = withDecision(forked, decision);
          expect(decisionsOf(forked)).toEqual(decisions);
          expect(decisionsOf(forked, 'main')).toEqual(decisions);
          const again = replay(setup, seed, decisionsOf(forked));
          expect(again.ok && again.state).toEqual(live);
        },
      ),
      { numRuns: 25 },
    );
  });

  test('a branch keeps its parent’s decisions before the week it starts from, then its own', () => {
    const advance = (week: number): Decision => ({ type: 'week.advance', week });
    let session = newSession('test', 'v', 3);
    for (const week of [1, 2, 3]) session = withDecision(session, advance(week));
    session = rewoundTo(session, 2);
    const stay: Decision = { type: 'deal.stayOut', week: 2, dealId: 'late-ana' };
    session = withDecision(session, stay);
    expect(decisionsOf(session)).toEqual([advance(1), stay]);
    expect(decisionsOf(session, 'main')).toEqual([advance(1), advance(2), advance(3)]);
    // Rewinding twice without playing replaces the empty branch instead of stacking it.
    const twice = rewoundTo(rewoundTo(session, 1), 1);
    expect(twice.branches).toHaveLength(3);
    expect(decisionsOf(twice)).toEqual([]);
  });

  test('the first decision that does not apply is named with its number and week', () => {
    const decisions: Decision[] = [
      { type: 'week.advance', week: 1 },
      { type: 'deal.rescue', week: 2, dealId: 'no-such-deal', concession: 'discount' },
    ];
    const replayed = replay(setup, 1, decisions);
    expect(replayed).toMatchObject({ ok: false, number: 2, week: 2 });
    expect(!replayed.ok && replayProblem(replayed)).toMatch(
      /^decision 2 \(week 2\) does not apply to this scenario: There is no deal/,
    );
  });

  test('a decision for another week than the season’s does not apply', () => {
    const replayed = replay(setup, 1, [{ type: 'week.advance', week: -5 }]);
    expect(replayed).toMatchObject({ ok: false, number: 1 });
  });
});

describe('a session read from outside', () => {
  const good: Session = withDecision(
    withDecision(newSession('standard', 'abc12345', 7), {
      type: 'deal.coach',
      week: 1,
      dealId: 'deal-3',
      style: 'ask',
    }),
    { type: 'week.advance', week: 1 },
  );
  const copy = () => JSON.parse(JSON.stringify(good));

  test('a good one passes, rebuilt from its known fields', () => {
    const extra = { ...copy(), note: 'hello' };
    expect(sessionShape(extra)).toEqual({ ok: true, session: good });
  });

  const broken: [string, (raw: ReturnType<typeof copy>) => unknown, string][] = [
    ['not an object', () => [1, 2], 'not a saved session'],
    ['another format', (raw) => ({ ...raw, format: sessionFormat + 1 }), 'another version'],
    ['the old snapshot save', () => ({ format: 1, snapshot: {} }), 'session format 1'],
    ['no scenario', (raw) => ({ ...raw, scenario: 3 }), 'which scenario'],
    ['a seed of text', (raw) => ({ ...raw, seed: 'seven' }), 'seed'],
    ['no branches', (raw) => ({ ...raw, branches: [] }), 'no decisions'],
    [
      'a decision of an unknown kind',
      (raw) => {
        raw.branches[0].decisions[0].type = 'deal.bribe';
        return raw;
      },
      'decision 1 of branch 1 has an unknown type',
    ],
    [
      'a decision with a negative week',
      (raw) => {
        raw.branches[0].decisions[1].week = -5;
        return raw;
      },
      'decision 2 of branch 1 has no week',
    ],
    [
      'a coaching style that does not exist',
      (raw) => {
        raw.branches[0].decisions[0].style = 'shout';
        return raw;
      },
      'no known style',
    ],
    [
      'a branch from nowhere',
      (raw) => ({
        ...raw,
        branches: [...raw.branches, { id: 'b', parent: 'nowhere', fromWeek: 1, decisions: [] }],
      }),
      'comes from a branch that is not there',
    ],
    ['an unknown current branch', (raw) => ({ ...raw, current: 'elsewhere' }), 'played last'],
    [
      'branches in a loop',
      (raw) => ({
        ...raw,
        branches: [
          ...raw.branches,
          { id: 'a', parent: 'b', fromWeek: 1, decisions: [] },
          { id: 'b', parent: 'a', fromWeek: 1, decisions: [] },
        ],
      }),
      'loop',
    ],
  ];

  test.each(broken)('%s is refused with a sentence', (_name, spoil, words) => {
    const shape = sessionShape(spoil(copy()));
    expect(shape.ok).toBe(false);
    expect(!shape.ok && shape.message).toContain(words);
  });

  test('whatever the value, the check answers with a value and never throws', () => {
    fc.assert(
      fc.property(fc.jsonValue(), (value) => {
        const shape = sessionShape(value);
        expect(typeof shape.ok).toBe('boolean');
      }),
      { numRuns: 300 },
    );
  });
});
