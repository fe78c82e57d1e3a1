import { expect, test } from 'vitest';
import { isOpen } from '../../src/sim/deals';
import { hiddenValues } from '../../src/sim/hiddenValues';
import { dealOdds } from '../../src/sim/odds';
import { makeSeason, seasonWithDeal } from '../support/seasons';

test('the presenter sees each open deal’s true strength and odds, and each rep’s stocks', () => {
  const { state, deal } = seasonWithDeal('propose', { quality: 0.27 });
  const values = hiddenValues(state);
  const shown = values.deals.find((d) => d.id === deal.id)!;
  expect(shown).toMatchObject({ customer: 'Testco', stage: 'propose', strength: 0.27 });
  expect(shown.odds).toBeCloseTo(dealOdds(deal, state.tuning));
  expect(values.deals.map((d) => d.id)).toEqual(state.deals.filter(isOpen).map((d) => d.id));
  const ana = state.reps.find((rep) => rep.id === 'ana')!;
  expect(values.reps.find((rep) => rep.id === 'ana')).toEqual({
    id: 'ana',
    name: ana.name,
    capability: ana.capability,
    ownership: ana.ownership,
    morale: ana.morale,
  });
  expect(values.energy).toBe(makeSeason().manager.energy);
});

test('a closed deal and a rep who left are not shown', () => {
  const { state, deal } = seasonWithDeal('decide', { status: 'won' } as never);
  const gone = {
    ...state,
    reps: state.reps.map((rep, i) => (i === 0 ? { ...rep, active: false } : rep)),
  };
  const values = hiddenValues(gone);
  expect(values.deals.some((d) => d.id === deal.id)).toBe(false);
  expect(values.reps.some((rep) => rep.id === state.reps[0]!.id)).toBe(false);
});
