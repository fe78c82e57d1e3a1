/**
 * The scripted players play fair: they see what the player sees. Change what
 * is hidden (why a rep asked for help, how many more weeks a deal's stage will
 * take, a deal's quality within the odds bands the game shows) and every
 * policy makes the same choice.
 */
import { describe, expect, test } from 'vitest';
import { storyCoaching } from '../../src/content/storyCoaching';
import { oddsBand } from '../../src/sim/decisionView';
import { rescuedOdds, winOdds } from '../../src/sim/odds';
import { playWithPolicy } from '../../src/sim/playWithPolicy';
import { policies } from '../../src/sim/policies';
import type { Deal, SeasonState } from '../../src/sim/state';
import { type Concession, concessions, policyNames } from '../../src/sim/vocabulary';
import { shippedScenario } from '../content/support/shipped';

/** Every band the game could show for this quality: the deal's own and each rescue's. */
function bands(quality: number, state: SeasonState): string {
  const shown = [winOdds(quality, state.tuning)].concat(
    concessions.map((concession: Concession) => rescuedOdds(quality, concession, state.tuning)),
  );
  return shown.map((odds) => oddsBand(odds).low).join(',');
}

/** The same deal with its hidden values changed, keeping everything the player sees. */
function disguised(deal: Deal, state: SeasonState): Deal {
  const other = deal.help?.cause === 'obstacle' ? 'habit' : 'obstacle';
  const nudged = [deal.quality + 0.004, deal.quality - 0.004].find(
    (quality) => bands(quality, state) === bands(deal.quality, state),
  );
  return {
    ...deal,
    stageWeeks: deal.stageWeeks + 1,
    quality: nudged ?? deal.quality,
    ...(deal.help ? { help: { cause: other, cue: deal.help.cue } } : {}),
  };
}

/** States met along seasons of `standard` played by each policy, every third week. */
function statesMet(): SeasonState[] {
  const scenario = shippedScenario('standard');
  const states: SeasonState[] = [];
  for (const name of policyNames) {
    for (const seed of [31, 32]) {
      const watching = (state: SeasonState) => {
        if (state.week % 3 === 1 && !states.some((s) => s === state)) states.push(state);
        return policies[name](state);
      };
      playWithPolicy(scenario.setup, seed, watching, storyCoaching(scenario));
    }
  }
  return states;
}

describe('scripted players see only what the player sees', () => {
  const states = statesMet();

  test('the same choice whatever the hidden values', () => {
    expect(states.length).toBeGreaterThan(100);
    let decided = 0;
    for (const state of states) {
      const hidden = { ...state, deals: state.deals.map((deal) => disguised(deal, state)) };
      for (const name of policyNames) {
        const choice = policies[name](state);
        if (choice) decided += 1;
        expect(policies[name](hidden), `${name} in week ${state.week}`).toEqual(choice);
      }
    }
    expect(decided).toBeGreaterThan(100);
  });

  test('the disguise really changes something hidden', () => {
    const withRequest = states.flatMap((state) => state.deals.filter((deal) => deal.help));
    expect(withRequest.length).toBeGreaterThan(0);
    const state = states[0]!;
    const deal = withRequest[0]!;
    expect(disguised(deal, state).help?.cause).not.toBe(deal.help?.cause);
    expect(disguised(deal, state).stageWeeks).toBe(deal.stageWeeks + 1);
  });
});
