/** Small builders for tests: a season setup with sensible defaults, changed where a test needs it. */
import type { DealSetup, RepSetup, SeasonSetup } from '../../src/sim/setup';
import { dealIdeas } from '../../src/sim/vocabulary';

export function makeRep(fields: Partial<RepSetup> = {}): RepSetup {
  return {
    id: 'ana',
    name: 'Ana',
    bio: 'Test rep.',
    capability: 0.4,
    ownership: 0.6,
    morale: 0.65,
    ...fields,
  };
}

const repNames = ['Ana', 'Ben', 'Chloe', 'Dev', 'Eli', 'Fatima'];

/** Six reps, a few at-risk late deals on week 1, 26 weeks: the shape of the standard season. */
export function makeSetup(fields: Partial<SeasonSetup> = {}): SeasonSetup {
  const team = repNames.map((name, i) =>
    makeRep({
      id: name.toLowerCase(),
      name,
      capability: 0.3 + 0.04 * i,
      ownership: 0.6,
      morale: 0.65,
    }),
  );
  const lateDeals: DealSetup[] = team.map((rep, i) => ({
    id: `late-${rep.id}`,
    customer: `Late Customer ${i + 1}`,
    repId: rep.id,
    value: 60_000 + 10_000 * i,
    stage: i % 2 === 0 ? 'negotiate' : 'decide',
    quality: 0.22 + 0.02 * i,
    weakIdea: dealIdeas[i % dealIdeas.length]!,
    arrivesWeek: 1,
  }));
  return {
    id: 'test',
    title: 'Test season',
    weeks: 26,
    quotaPerQuarter: 900_000,
    currency: 'USD',
    team,
    market: {
      valueRange: [20_000, 120_000],
      customers: ['Acme', 'Globex', 'Initech', 'Umbrella', 'Hooli', 'Vandelay'],
      replacementNames: ['Gus', 'Hana'],
      openingDealsPerRep: 2,
    },
    deals: lateDeals,
    events: [],
    ...fields,
  };
}
