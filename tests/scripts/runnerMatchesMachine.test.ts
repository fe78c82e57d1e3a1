/**
 * The runner's pure path (scripts/runner/playSeeds on src/sim) and the
 * game's path (the season machine, src/machines/playThroughMachine) play the
 * shipped `standard` scenario identically: the same decisions, logs, states
 * and summaries, for every policy over many seeds.
 */
import { describe, expect, test } from 'vitest';
import { playSeason } from '../../scripts/runner/playSeeds';
import { shippedScenarios } from '../../scripts/runner/shippedScenarios';
import { storyCoaching } from '../../src/content/storyCoaching';
import { playThroughMachine } from '../../src/machines/playThroughMachine';
import { policies } from '../../src/sim/policies';
import { summariseRuns } from '../../src/sim/runSummary';
import { decisionsOf } from '../../src/sim/session';
import { policyNames } from '../../src/sim/vocabulary';

const standard = shippedScenarios().get('standard')!.scenario;
const seeds = Array.from({ length: 20 }, (_, i) => 101 + i);

describe('the runner plays the shipped standard scenario exactly as the season machine does', () => {
  test.each(policyNames)('%s over 20 seeds', (policy) => {
    const pure = seeds.map((seed) => playSeason(standard, policy, seed));
    const machine = seeds.map((seed) =>
      playThroughMachine(standard.setup, seed, policies[policy], storyCoaching(standard)),
    );
    for (const [i, played] of pure.entries()) {
      expect(machine[i]!.state.pastLog).toEqual(played.state.pastLog);
      expect(machine[i]!.state).toEqual(played.state);
      expect(decisionsOf(machine[i]!.session)).toEqual(played.decisions);
    }
    expect(pure.every((played) => played.state.ended)).toBe(true);
    expect(
      summariseRuns(
        'standard',
        policy,
        machine.map((context) => context.state),
      ),
    ).toEqual(
      summariseRuns(
        'standard',
        policy,
        pure.map((played) => played.state),
      ),
    );
  });
});
