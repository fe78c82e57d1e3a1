/**
 * The season machine: it runs the model's rules (no second copy), plays
 * exactly the runner's pure path, keeps the session log, walks the season's
 * phases, rewinds onto new branches, and emits what happened.
 */
import fc from 'fast-check';
import { describe, expect, test } from 'vitest';
import { createActor } from 'xstate';
import { playThroughMachine } from '../../src/machines/playThroughMachine';
import { seasonMachine } from '../../src/machines/seasonMachine';
import { playWithPolicy } from '../../src/sim/playWithPolicy';
import { type Policy, policies } from '../../src/sim/policies';
import { decisionsOf, newSession, replay } from '../../src/sim/session';
import { policyNames } from '../../src/sim/vocabulary';
import { makeSetup } from '../support/setups';

const setup = makeSetup();
type SeasonActor = ReturnType<typeof createActor<typeof seasonMachine>>;

function startSeason(seed: number): SeasonActor {
  return createActor(seasonMachine, { input: { setup, session: newSession(setup.id, 'v', seed) } });
}

/** Plays with the policy until the given week is being planned (or the season ends). */
function playUntil(actor: SeasonActor, policy: Policy, week: number): void {
  while (!actor.getSnapshot().matches('ended') && actor.getSnapshot().context.state.week < week) {
    if (actor.getSnapshot().matches('quarterReview')) actor.send({ type: 'quarter.continue' });
    for (
      let decision = policy(actor.getSnapshot().context.state);
      decision;
      decision = policy(actor.getSnapshot().context.state)
    ) {
      actor.send(decision);
    }
    actor.send({ type: 'week.advance', week: actor.getSnapshot().context.state.week });
  }
}

describe('the season machine', () => {
  test('the same seed and choices give the same season, always', () => {
    const first = playThroughMachine(setup, 11, policies.balanced);
    const second = playThroughMachine(setup, 11, policies.balanced);
    expect(second.state.pastLog).toEqual(first.state.pastLog);
    expect(second.session).toEqual(first.session);
    expect(playThroughMachine(setup, 12, policies.balanced).state.pastLog).not.toEqual(
      first.state.pastLog,
    );
  });

  test.each(policyNames)('plays exactly the runner’s pure path under %s', (name) => {
    for (const seed of [5, 6]) {
      const machine = playThroughMachine(setup, seed, policies[name]);
      const pure = playWithPolicy(setup, seed, policies[name]);
      expect(machine.state).toEqual(pure.state);
      expect(decisionsOf(machine.session)).toEqual(pure.decisions);
    }
  });

  test('its state is always the replay of its log', () => {
    const actor = startSeason(21).start();
    for (const week of [1, 4, 13, 14, 27]) {
      playUntil(actor, policies.balanced, week);
      const { session, state } = actor.getSnapshot().context;
      const replayed = replay(setup, 21, decisionsOf(session));
      expect(replayed.ok).toBe(true);
      expect(replayed.ok && replayed.state).toEqual(state);
    }
    actor.stop();
  });

  test('walks the phases: board, decision, the quarter review after week 13, the end', () => {
    const actor = startSeason(4).start();
    expect(actor.getSnapshot().matches({ playing: 'weekBoard' })).toBe(true);
    const deal = actor.getSnapshot().context.state.deals[0]!;
    actor.send({ type: 'deal.open', dealId: deal.id });
    expect(actor.getSnapshot().matches({ playing: 'decision' })).toBe(true);
    actor.send({ type: 'deal.close' });
    expect(actor.getSnapshot().matches({ playing: 'weekBoard' })).toBe(true);
    for (let week = 1; week <= 13; week += 1) actor.send({ type: 'week.advance', week });
    expect(actor.getSnapshot().matches('quarterReview')).toBe(true);
    // The next week opens after the review has been read.
    actor.send({ type: 'week.advance', week: 14 });
    expect(actor.getSnapshot().context.rejection?.code).toBe('wrong-week');
    expect(actor.getSnapshot().context.state.week).toBe(14);
    actor.send({ type: 'quarter.continue' });
    for (let week = 14; week <= 26; week += 1) actor.send({ type: 'week.advance', week });
    expect(actor.getSnapshot().matches('ended')).toBe(true);
    actor.send({ type: 'week.advance', week: 27 });
    expect(actor.getSnapshot().context.rejection?.code).toBe('season-ended');
    actor.stop();
  });

  test('rewinding to any week starts a new branch from there; both branches are kept', () => {
    fc.assert(
      fc.property(fc.integer({ min: 1, max: 26 }), (week) => {
        const actor = startSeason(31).start();
        playUntil(actor, policies['rescue-late'], 27);
        actor.send({ type: 'season.rewind', week });
        const rewound = actor.getSnapshot().context;
        expect(rewound.state.week).toBe(week);
        expect(rewound.session.branches).toHaveLength(2);
        expect(rewound.session.current).not.toBe('main');
        // The first branch still holds the whole rescuing season.
        expect(decisionsOf(rewound.session, 'main').at(-1)).toEqual({
          type: 'week.advance',
          week: 26,
        });
        // Its state is the rescuer's weeks before the rewind, then the coach's.
        playUntil(actor, policies['coach-early'], 27);
        const after = actor.getSnapshot().context;
        const expected = replay(setup, 31, decisionsOf(after.session));
        expect(expected.ok && expected.state).toEqual(after.state);
        actor.stop();
      }),
      { numRuns: 6, examples: [[1], [26]] },
    );
  });

  test('rewound to week 1, the coach’s choices give exactly the coach’s straight run', () => {
    const straight = playThroughMachine(setup, 31, policies['coach-early']);
    const actor = startSeason(31).start();
    playUntil(actor, policies['rescue-late'], 9);
    actor.send({ type: 'season.rewind', week: 1 });
    playUntil(actor, policies['coach-early'], 27);
    expect(actor.getSnapshot().context.state).toEqual(straight.state);
    expect(decisionsOf(actor.getSnapshot().context.session)).toEqual(decisionsOf(straight.session));
    actor.stop();
  });

  test('emits what happened: wins, losses, week ticks and the end', () => {
    const actor = startSeason(8);
    const seen: Record<string, number> = {};
    for (const type of [
      'deal.won',
      'deal.lost',
      'week.advanced',
      'season.ended',
      'deal.rescued',
    ] as const) {
      actor.on(type, () => {
        seen[type] = (seen[type] ?? 0) + 1;
      });
    }
    actor.start();
    playUntil(actor, policies['rescue-late'], Number.POSITIVE_INFINITY);
    const { state } = actor.getSnapshot().context;
    expect(actor.getSnapshot().matches('ended')).toBe(true);
    expect(seen['deal.won']).toBe(state.ledger.dealsWon);
    expect(seen['deal.lost']).toBe(state.ledger.dealsLost);
    expect(seen['week.advanced']).toBe(26);
    expect(seen['season.ended']).toBe(1);
    expect(seen['deal.rescued']).toBe(state.deals.filter((d) => d.rescue).length);
  });

  test('a rejected move is reported and changes nothing, the log included', () => {
    const actor = startSeason(2);
    const rejected: string[] = [];
    actor.on('move.rejected', (event) => rejected.push(event.rejection.code));
    actor.start();
    const before = actor.getSnapshot().context;
    actor.send({ type: 'deal.rescue', week: 1, dealId: 'no-such-deal', concession: 'discount' });
    actor.send({ type: 'week.advance', week: 3 });
    expect(rejected).toEqual(['unknown-deal', 'wrong-week']);
    expect(actor.getSnapshot().context.state).toBe(before.state);
    expect(actor.getSnapshot().context.session).toBe(before.session);
  });
});
