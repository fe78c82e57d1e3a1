import { expect, test } from 'vitest';
import { branchName, branchTable } from '../../src/app/branchComparison';
import { newSession, rewoundTo, withDecision } from '../../src/sim/session';
import { testSetup } from '../support/testScenario';

test('after a rewind both roads are compared, each replayed to where it stopped', () => {
  let session = newSession(testSetup.id, 'v1', 4);
  for (const week of [1, 2, 3]) session = withDecision(session, { type: 'week.advance', week });
  expect(branchTable(testSetup, session, 'USD')).toBeUndefined();
  session = rewoundTo(session, 2);
  session = withDecision(session, {
    type: 'deal.rescue',
    week: 2,
    dealId: 'late-ana',
    concession: 'discount',
  });
  session = withDecision(session, { type: 'week.advance', week: 2 });
  const table = branchTable(testSetup, session, 'USD')!;
  expect(table.head).toEqual(['', 'First play', 'Again from week 2 (now)']);
  const row = (name: string) => table.rows.find((r) => r[0] === name)!;
  expect(row('Weeks played')).toEqual(['Weeks played', '3', '2']);
  expect(row('Rescued')).toEqual(['Rescued', '0', '1']);
  expect(branchName(session, 'main')).toBe('First play');
});
