/**
 * A season played by a scripted policy through the season machine, as the
 * game plays it: the other path to the runner's pure `playWithPolicy`, which
 * the tests hold equal to it.
 */
import { createActor } from 'xstate';
import type { Decision } from '../sim/decisions';
import type { PrepareDecision } from '../sim/playWithPolicy';
import type { Policy } from '../sim/policies';
import { newSession } from '../sim/session';
import type { SeasonSetup } from '../sim/setup';
import { type SeasonContext, seasonMachine } from './seasonMachine';

export function playThroughMachine(
  setup: SeasonSetup,
  seed: number,
  policy: Policy,
  prepare: PrepareDecision = (decision) => decision,
): SeasonContext {
  const actor = createActor(seasonMachine, {
    input: { setup, session: newSession(setup.id, 'test', seed) },
  }).start();
  const send = (decision: Decision) => {
    actor.send(decision);
    const { rejection } = actor.getSnapshot().context;
    if (rejection) throw new Error(`week ${decision.week}: ${rejection.message}`);
  };
  try {
    while (!actor.getSnapshot().matches('ended')) {
      if (actor.getSnapshot().matches('quarterReview')) actor.send({ type: 'quarter.continue' });
      for (let chosen = policy(actor.getSnapshot().context.state); chosen; ) {
        const state = actor.getSnapshot().context.state;
        actor.send({ type: 'deal.open', dealId: 'dealId' in chosen ? chosen.dealId : '' });
        send(prepare(chosen, state));
        actor.send({ type: 'deal.close' });
        chosen = policy(actor.getSnapshot().context.state);
      }
      send({ type: 'week.advance', week: actor.getSnapshot().context.state.week });
    }
    return actor.getSnapshot().context;
  } finally {
    actor.stop();
  }
}
