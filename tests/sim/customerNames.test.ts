/**
 * Every live deal has its own customer: a room must be able to say "the
 * Stonebridge deal" and mean one deal. The market never opens a deal for a
 * customer who already has one open (or a written deal still to come), and
 * the shipped scenarios list enough customers that it never has to reuse one.
 */
import { describe, expect, test } from 'vitest';
import { freeCustomers, shortCustomerName } from '../../src/sim/customerNames';
import { isOpen } from '../../src/sim/deals';
import { applyDecision } from '../../src/sim/decisions';
import { playWithPolicy } from '../../src/sim/playWithPolicy';
import { policies } from '../../src/sim/policies';
import { createSeason } from '../../src/sim/season';
import type { SeasonState } from '../../src/sim/state';
import { policyNames } from '../../src/sim/vocabulary';
import { shippedScenarios } from '../content/support/shipped';
import { seasonWithDeal } from '../support/seasons';

/** The customers that more than one open deal belongs to. */
function sharedCustomers(state: SeasonState): string[] {
  const counts = new Map<string, number>();
  for (const deal of state.deals)
    if (isOpen(deal)) counts.set(deal.customer, (counts.get(deal.customer) ?? 0) + 1);
  return [...counts].filter(([, count]) => count > 1).map(([customer]) => customer);
}

describe('customer names', () => {
  test('a new deal never takes the name of an open deal or of a written deal still to come', () => {
    const { state } = seasonWithDeal('propose', { customer: 'Alpha Ltd' });
    const upcoming = { ...state.upcoming[0], customer: 'Beta Ltd' } as SeasonState['upcoming'][0];
    const withList = {
      ...state,
      customers: ['Alpha Ltd', 'Beta Ltd', 'Gamma Ltd'],
      upcoming: [upcoming],
    };
    expect(freeCustomers(withList)).toEqual(['Gamma Ltd']);
  });

  test('when every customer has a live deal, one comes back as a second account, never a shared name', () => {
    const { state } = seasonWithDeal('propose', { customer: 'Alpha Ltd' });
    const full = { ...state, customers: ['Alpha Ltd'], upcoming: [] };
    expect(freeCustomers(full)).toEqual(['Alpha Ltd (2)']);
    expect(shortCustomerName('Alpha Ltd (2)')).toBe('Alpha (2)');
    expect(shortCustomerName('Stonebridge Credit Union')).toBe('Stonebridge');
  });

  for (const scenario of shippedScenarios()) {
    test(`${scenario.id}: no two open deals share a customer, under every policy, on ten seeds`, () => {
      let weeksSeen = 0;
      let mostOpen = 0;
      for (const name of policyNames) {
        for (let seed = 1; seed <= 10; seed += 1) {
          const played = playWithPolicy(scenario.setup, seed, policies[name]);
          let state = createSeason(scenario.setup, seed);
          for (const decision of played.decisions) {
            const result = applyDecision(state, decision);
            if (!result.ok) throw new Error(result.message);
            state = result.state;
            if (decision.type !== 'week.advance') continue;
            weeksSeen += 1;
            mostOpen = Math.max(mostOpen, state.deals.filter(isOpen).length);
            expect(sharedCustomers(state), `${name}, seed ${seed}, week ${state.week}`).toEqual([]);
            // The list is long enough that no customer ever has to come back as a second account.
            const accounts = state.deals.filter((deal) => /\(\d+\)$/.test(deal.customer));
            expect(accounts.map((deal) => deal.customer)).toEqual([]);
          }
        }
      }
      expect(weeksSeen).toBeGreaterThan(policyNames.length * 10 * (scenario.setup.weeks - 1));
      expect(mostOpen).toBeLessThan(scenario.setup.market.customers.length);
    });
  }
});
