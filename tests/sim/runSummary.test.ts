/** A season's run record (what crosses between the runner's threads) sums up exactly as its whole state. */
import { expect, test } from 'vitest';
import { playSeason } from '../../scripts/runner/playSeeds';
import { shippedScenarios } from '../../scripts/runner/shippedScenarios';
import { runRecord, summariseRuns } from '../../src/sim/runSummary';
import { type PolicyName, policyNames } from '../../src/sim/vocabulary';

const standard = shippedScenarios().get('standard')!.scenario;
const seasons = (policy: PolicyName) =>
  Array.from({ length: 8 }, (_, i) => playSeason(standard, policy, i + 1).state);

test.each(policyNames)('%s: the records of 8 seasons sum up as their states', (policy) => {
  const states = seasons(policy);
  expect(summariseRuns('standard', policy, states.map(runRecord))).toEqual(
    summariseRuns('standard', policy, states),
  );
});

test('the records keep every rescue the summary counts', () => {
  const records = seasons('rescue-late').map(runRecord);
  expect(summariseRuns('standard', 'rescue-late', records).rescues.attempts).toBeGreaterThan(0);
  expect(records.every((record) => record.deals.every((deal) => deal.rescue))).toBe(true);
});
