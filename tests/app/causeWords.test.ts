/** What led to this, in words: titles, sentences and the table, from hand-made chains. */
import { describe, expect, test } from 'vitest';
import {
  causesTable,
  linkSentence,
  noOutcomes,
  outcomeLabel,
  outcomeTitle,
} from '../../src/app/causeWords';
import type { CauseChain } from '../../src/sim/outcomeCauses';
import { money } from '../../src/ui/format';

const names = { 'deal-1': 'Testco', ana: 'Ana' };
const chain: CauseChain = {
  outcome: { id: 'dealLost:deal-1:5', kind: 'dealLost', week: 5, subject: 'deal-1', repId: 'ana' },
  names,
  weeks: [2, 3, 5],
  links: [
    {
      week: 2,
      cause: 'd1',
      why: 'you rescued Testco',
      noted: { kind: 'rescued', subject: 'deal-1', detail: 'discount' },
      changes: [
        { subject: 'ana', stock: 'ownership', delta: -0.04 },
        { subject: 'ana', stock: 'morale', delta: -0.02 },
        { subject: 'deal-1', stock: 'quality', delta: 0.05 },
      ],
    },
    {
      week: 3,
      lastWeek: 4,
      cause: 'week.morale',
      why: 'how the weeks have felt',
      changes: [{ subject: 'ana', stock: 'morale', delta: -0.03 }],
    },
  ],
};

describe('cause words', () => {
  test('an outcome’s title and its short label', () => {
    expect(outcomeTitle(chain, 'USD')).toBe("Testco lost (Ana's deal), week 5");
    expect(outcomeLabel(chain)).toBe('W5 · Lost Testco');
    const discount: CauseChain = {
      ...chain,
      outcome: { ...chain.outcome, kind: 'discount', discount: 4000 },
    };
    expect(outcomeTitle(discount, 'USD')).toBe(`Testco won with ${money(4000, 'USD')} off, week 5`);
  });

  test('a decision’s link: what it was and what it did, the deal’s strategy as chances only', () => {
    expect(linkSentence(chain.links[0]!, names)).toBe(
      "Week 2: You rescued Testco, giving a discount: Ana's ownership −4, morale −2; Testco's chances rose.",
    );
  });

  test('a drift over weeks names its weeks', () => {
    expect(linkSentence(chain.links[1]!, names)).toBe(
      "Weeks 3–4: How the weeks have felt: Ana's morale −3.",
    );
  });

  test('the table: a row per link, and one row saying so when nothing happened', () => {
    const table = causesTable([chain], 'USD');
    expect(table.rows).toHaveLength(2);
    expect(table.rows[0]![0]).toBe("Testco lost (Ana's deal), week 5");
    expect(table.data).toEqual({ debriefSection: 'causes' });
    expect(causesTable([], 'USD').rows).toEqual([['None', '', noOutcomes]]);
  });
});
