/**
 * The season machine: it runs the sim's rules (no second copy), replays
 * exactly, persists and restores mid-season exactly, keeps one deal actor
 * per open deal in step with the sim, and emits what happened.
 */
import fc from 'fast-check';
import { describe, expect, test } from 'vitest';
import { createActor } from 'xstate';
import { playSeason } from '../../src/machines/playSeason';
import { eventFromDecision } from '../../src/machines/seasonEvents';
import { seasonMachine } from '../../src/machines/seasonMachine';
import { isOpen } from '../../src/sim/deals';
import { playWithPolicy } from '../../src/sim/playWithPolicy';
import { type Policy, policies } from '../../src/sim/policies';
import { makeSetup } from '../support/setups';

const setup = makeSetup();
type SeasonActor = ReturnType<typeof createActor<typeof seasonMachine>>;

/** Plays with the policy until the given week is being planned (or the season ends). */
function playUntil(actor: SeasonActor, policy: Policy, week: number): void {
  while (actor.getSnapshot().status === 'active' && actor.getSnapshot().context.state.week < week) {
    for (
      let decision = policy(actor.getSnapshot().context.state);
      decision;
      decision = policy(actor.getSnapshot().context.state)
    ) {
      actor.send(eventFromDecision(decision));
    }
    actor.send({ type: 'week.advance' });
  }
}

describe('the season machine', () => {
  test('the same seed and choices give the same season, always', () => {
    const first = playSeason(setup, 11, policies.balanced);
    const second = playSeason(setup, 11, policies.balanced);
    expect(second.state.pastLog).toEqual(first.state.pastLog);
    expect(second.decisions).toEqual(first.decisions);
    expect(playSeason(setup, 12, policies.balanced).state.pastLog).not.toEqual(first.state.pastLog);
  });

  test.each(['coach-early', 'rescue-late', 'myopic'] as const)(
    'runs exactly the pure model under %s',
    (name) => {
      const machine = playSeason(setup, 5, policies[name]).state;
      expect(machine).toEqual(playWithPolicy(setup, 5, policies[name]));
    },
  );

  test('restoring a persisted snapshot at any week continues exactly like the straight run', () => {
    const straight = playSeason(setup, 21, policies.balanced);
    fc.assert(
      fc.property(fc.integer({ min: 1, max: 26 }), (week) => {
        const actor = createActor(seasonMachine, { input: { setup, seed: 21 } }).start();
        playUntil(actor, policies.balanced, week);
        const saved = JSON.parse(JSON.stringify(actor.getPersistedSnapshot()));
        actor.stop();
        const restored = createActor(seasonMachine, {
          snapshot: saved,
          input: { setup, seed: 21 },
        }).start();
        playUntil(restored, policies.balanced, Number.POSITIVE_INFINITY);
        const context = restored.getSnapshot().context;
        restored.stop();
        expect(context.state.pastLog).toEqual(straight.state.pastLog);
        expect(context.decisions).toEqual(straight.decisions);
      }),
      { numRuns: 8 },
    );
  });

  test('keeps one deal actor per open deal, in the stage the sim says, also after a restore', () => {
    const actor = createActor(seasonMachine, { input: { setup, seed: 3 } }).start();
    const check = (subject: SeasonActor) => {
      const snapshot = subject.getSnapshot();
      const open = snapshot.context.state.deals.filter(isOpen);
      for (const deal of open) {
        const child = snapshot.children[deal.id];
        expect(child, `actor for ${deal.id}`).toBeDefined();
        const dealSnapshot = child!.getSnapshot();
        expect(Object.keys(dealSnapshot.value as object)).toEqual([deal.status]);
        const late = deal.status === 'negotiate' || deal.status === 'decide';
        expect(dealSnapshot.hasTag(late ? 'rescuable' : 'coachable')).toBe(true);
      }
      expect(Object.keys(snapshot.children).sort()).toEqual(open.map((d) => d.id).sort());
    };
    for (const week of [2, 6, 11]) {
      playUntil(actor, policies['rescue-late'], week);
      check(actor);
    }
    const restored = createActor(seasonMachine, {
      snapshot: JSON.parse(JSON.stringify(actor.getPersistedSnapshot())),
      input: { setup, seed: 3 },
    }).start();
    check(restored);
    playUntil(restored, policies['rescue-late'], 15);
    check(restored);
  });

  test('emits what happened: wins, losses, week ticks and the end', () => {
    const actor = createActor(seasonMachine, { input: { setup, seed: 8 } });
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
    expect(actor.getSnapshot().status).toBe('done');
    expect(seen['deal.won']).toBe(state.ledger.dealsWon);
    expect(seen['deal.lost']).toBe(state.ledger.dealsLost);
    expect(seen['week.advanced']).toBe(26);
    expect(seen['season.ended']).toBe(1);
    expect(seen['deal.rescued']).toBe(state.deals.filter((d) => d.rescue).length);
  });

  test('a rejected move is reported and changes nothing', () => {
    const actor = createActor(seasonMachine, { input: { setup, seed: 2 } });
    const rejected: string[] = [];
    actor.on('move.rejected', (event) => rejected.push(event.rejection.code));
    actor.start();
    const before = actor.getSnapshot().context.state;
    actor.send({ type: 'deal.rescue', dealId: 'no-such-deal', concession: 'discount' });
    expect(rejected).toEqual(['unknown-deal']);
    expect(actor.getSnapshot().context.rejection?.code).toBe('unknown-deal');
    expect(actor.getSnapshot().context.state).toBe(before);
    expect(actor.getSnapshot().context.decisions).toEqual([]);
  });
});
