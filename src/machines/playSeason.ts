/**
 * The headless player: runs a season through the same machines the game
 * uses, asking a scripted policy for each week's decisions.
 */
import { createActor } from 'xstate';
import type { Decision } from '../sim/decisions';
import type { Policy } from '../sim/policies';
import type { SeasonSetup } from '../sim/setup';
import type { SeasonState } from '../sim/state';
import { eventFromDecision } from './seasonEvents';
import { type SeasonContext, seasonMachine } from './seasonMachine';

export interface PlayOptions {
  /** Play only this many weeks (the season's own length when absent). */
  weeks?: number;
  /** Lets the player dress a decision before it is sent (e.g. walk a story's conversation). */
  prepare?: (decision: Decision, state: SeasonState) => Decision;
}

/** Decisions a policy may take in one week before the runner calls it a runaway. */
const maxDecisionsPerWeek = 200;

export function playSeason(
  setup: SeasonSetup,
  seed: number,
  policy: Policy,
  options: PlayOptions = {},
): SeasonContext {
  const actor = createActor(seasonMachine, { input: { setup, seed } }).start();
  const lastWeek = Math.min(options.weeks ?? setup.weeks, setup.weeks);
  try {
    while (
      actor.getSnapshot().status === 'active' &&
      actor.getSnapshot().context.state.week <= lastWeek
    ) {
      for (let taken = 0; ; taken += 1) {
        const state = actor.getSnapshot().context.state;
        const chosen = policy(state);
        if (!chosen) break;
        if (taken >= maxDecisionsPerWeek)
          throw new Error(
            `policy made over ${maxDecisionsPerWeek} decisions in week ${state.week}`,
          );
        const decision = options.prepare ? options.prepare(chosen, state) : chosen;
        actor.send(eventFromDecision(decision));
        const rejection = actor.getSnapshot().context.rejection;
        if (rejection)
          throw new Error(
            `policy chose a move the sim rejected in week ${state.week}: ${rejection.message}`,
          );
      }
      actor.send({ type: 'week.advance' });
    }
    return actor.getSnapshot().context;
  } finally {
    actor.stop();
  }
}
