import { expect, test } from 'vitest';
import { branchName, branchTable, playedRoads } from '../../src/app/branchComparison';
import { seasonSeries } from '../../src/sim/seasonSeries';
import {
  decisionsOf,
  newSession,
  replay,
  rewoundTo,
  type Session,
  withDecision,
} from '../../src/sim/session';
import { testSetup } from '../support/testScenario';

/** Rewound to week 2, and week 2 played again with a rescue the first play did not make. */
function playedAgainFromWeek2(session: Session): Session {
  let again = rewoundTo(session, 2);
  again = withDecision(again, {
    type: 'deal.rescue',
    week: 2,
    dealId: 'late-ana',
    concession: 'discount',
  });
  return withDecision(again, { type: 'week.advance', week: 2 });
}

test('after a rewind both roads are compared, each replayed to where it stopped', () => {
  let session = newSession(testSetup.id, 'v1', 4);
  for (const week of [1, 2, 3]) session = withDecision(session, { type: 'week.advance', week });
  expect(branchTable(testSetup, session, 'USD')).toBeUndefined();
  session = playedAgainFromWeek2(session);
  const table = branchTable(testSetup, session, 'USD')!;
  expect(table.head).toEqual(['', 'First play', 'Again from week 2 (now)']);
  const row = (name: string) => table.rows.find((r) => r[0] === name)!;
  expect(row('Weeks played')).toEqual(['Weeks played', '3', '2']);
  expect(row('Rescued')).toEqual(['Rescued', '0', '1']);
  expect(branchName(session, 'main')).toBe('First play');
});

test('the other roads played are drawn beside the current one, as far as it has gone', () => {
  let session = newSession(testSetup.id, 'v1', 4);
  for (const week of [1, 2, 3]) session = withDecision(session, { type: 'week.advance', week });
  expect(playedRoads(testSetup, session, 3)).toEqual([]);
  session = playedAgainFromWeek2(session);
  // The current road has played two weeks; the first play's three are cut to those two.
  const [first, ...more] = playedRoads(testSetup, session, 2);
  expect(more).toEqual([]);
  expect(first!.name).toBe('First play');
  expect(first!.series.map((week) => week.week)).toEqual([1, 2]);
  const whole = replay(testSetup, 4, decisionsOf(session, 'main'));
  if (!whole.ok) throw new Error(whole.message);
  expect(first!.series).toEqual(seasonSeries(whole.state).slice(0, 2));
  // Week 2 went differently on the road taken now: its lines part from the first play's.
  const now = replay(testSetup, 4, decisionsOf(session));
  if (!now.ok) throw new Error(now.message);
  expect(seasonSeries(now.state)[1]).not.toEqual(first!.series[1]);
});
