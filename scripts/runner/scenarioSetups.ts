/** The season setups the runner can play, by scenario id. */
import type { SeasonSetup } from '../../src/sim/setup';
import { makeSetup } from '../../tests/support/setups';

export function scenarioSetups(): Map<string, SeasonSetup> {
  return new Map([['standard', { ...makeSetup(), id: 'standard' }]]);
}
