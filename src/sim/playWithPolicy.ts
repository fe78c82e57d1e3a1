/**
 * A season played on the pure model alone by a scripted policy: the headless
 * runner, the benchmark and the balance tests play this way, without the
 * season machine; a test holds the machine's path equal to it. Each move,
 * ending a week included, is a decision, and the list of them is the
 * season's log.
 */
import { applyDecision, type Decision } from './decisions';
import type { Policy } from './policies';
import { createSeason } from './season';
import type { SeasonSetup } from './setup';
import type { SeasonState } from './state';

export type PrepareDecision = (decision: Decision, state: SeasonState) => Decision;

export interface PlayedSeason {
  state: SeasonState;
  /** Every decision taken, in order, the weeks' ends included: the replay. */
  decisions: Decision[];
}

/** Decisions a policy may take in one week before the runner calls it a runaway. */
const maxDecisionsPerWeek = 200;

export function playWithPolicy(
  setup: SeasonSetup,
  seed: number,
  policy: Policy,
  prepare: PrepareDecision = (decision) => decision,
  weeks = setup.weeks,
): PlayedSeason {
  return playOn(createSeason(setup, seed), policy, prepare, weeks);
}

/** Plays on from this state with the policy, up to and including the given week. */
export function playOn(
  from: SeasonState,
  policy: Policy,
  prepare: PrepareDecision = (decision) => decision,
  weeks = from.weeks,
): PlayedSeason {
  let state = from;
  const decisions: Decision[] = [];
  const take = (decision: Decision) => {
    const result = applyDecision(state, decision);
    if (!result.ok)
      throw new Error(
        `the policy chose a move the sim rejected in week ${state.week}: ${result.message}`,
      );
    decisions.push(decision);
    state = result.state;
  };
  while (!state.ended && state.week <= weeks) {
    for (let taken = 0, chosen = policy(state); chosen; chosen = policy(state), taken += 1) {
      if (taken >= maxDecisionsPerWeek)
        throw new Error(
          `the policy made over ${maxDecisionsPerWeek} decisions in week ${state.week}`,
        );
      take(prepare(chosen, state));
    }
    take({ type: 'week.advance', week: state.week });
  }
  return { state, decisions };
}
