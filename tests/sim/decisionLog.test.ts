import { describe, expect, test } from 'vitest';
import { decisionLog } from '../../src/sim/decisionLog';
import type { Decision } from '../../src/sim/decisions';
import { playWithPolicy } from '../../src/sim/playWithPolicy';
import { policies } from '../../src/sim/policies';
import { makeSetup } from '../support/setups';

const setup = makeSetup();

describe('the decision log', () => {
  test('one entry per choice, in order, with the week, deal and rep it was about', () => {
    const played = playWithPolicy(setup, 4, policies.balanced, undefined, 12);
    const log = decisionLog(setup, 4, played.decisions);
    const choices = played.decisions.filter((d) => d.type !== 'week.advance');
    expect(log.map((entry) => entry.number)).toEqual(choices.map((_, i) => i + 1));
    log.forEach((entry, i) => {
      const choice = choices[i]!;
      expect(entry.week).toBe(choice.week);
      expect(entry.dealId).toBe((choice as { dealId: string }).dealId);
      expect(entry.repName.length).toBeGreaterThan(0);
    });
  });

  test('a rescue takes its hours and its follow-up, costs its rep, and says how the deal ended', () => {
    const deal = 'late-ana';
    const decisions: Decision[] = [
      { type: 'deal.rescue', week: 1, dealId: deal, concession: 'discount' },
      { type: 'week.advance', week: 1 },
      { type: 'week.advance', week: 2 },
    ];
    const log = decisionLog(setup, 2, decisions);
    expect(log).toHaveLength(1);
    const [rescue] = log;
    const { tuning } = playWithPolicy(setup, 2, policies['hands-off'], undefined, 1).state;
    expect(rescue).toMatchObject({ kind: 'rescue', week: 1, dealId: deal, repId: 'ana' });
    expect(rescue!.hours).toBeCloseTo(tuning.hours.rescue + tuning.hours.rescueFollowUp);
    expect(rescue!.effects.find((e) => e.repId === 'ana')!.changes).toContainEqual({
      stock: 'ownership',
      delta: -tuning.rescue.ownershipLoss,
    });
    expect(['won', 'lost']).toContain(rescue!.ending.status);
    expect(rescue!.ending.week).toBe(2);
  });

  test('a decision that does not apply ends the log there', () => {
    const decisions: Decision[] = [
      { type: 'deal.stayOut', week: 1, dealId: 'late-ana' },
      { type: 'deal.rescue', week: 1, dealId: 'no-such-deal', concession: 'none' },
      { type: 'deal.stayOut', week: 1, dealId: 'late-ben' },
    ];
    expect(decisionLog(setup, 1, decisions).map((entry) => entry.dealId)).toEqual(['late-ana']);
  });
});
