import { describe, expect, test } from 'vitest';
import { decisionLog } from '../../src/sim/decisionLog';
import { playWithPolicy } from '../../src/sim/playWithPolicy';
import { policies } from '../../src/sim/policies';
import { decisionTable, weekTable } from '../../src/sim/sessionTables';
import { weekStocks } from '../../src/sim/weekStocks';
import { makeSetup } from '../support/setups';

const setup = makeSetup();
const played = playWithPolicy(setup, 7, policies.balanced, undefined, 10);

describe('the session as tables', () => {
  test('a row per week played, each with the week’s record and every rep’s stocks', () => {
    const table = weekTable(played.state);
    expect(table.rows.map((row) => row[0])).toEqual(
      played.state.history.map((record) => String(record.week)),
    );
    for (const row of table.rows) expect(row).toHaveLength(table.head.length);
    const column = (name: string) => table.head.indexOf(name);
    const week4 = played.state.history[3]!;
    const row4 = table.rows[3]!;
    expect(Number(row4[column('team morale')])).toBeCloseTo(week4.morale, 3);
    expect(Number(row4[column('bookings')])).toBeCloseTo(week4.bookings, 2);
    expect(row4[column('burned out')]).toBe(week4.burnedOut ? 'yes' : 'no');
    const rep = weekStocks(played.state, 4)[0]!;
    expect(Number(row4[column(`${rep.name} capability`)])).toBeCloseTo(rep.after.capability, 3);
    expect(Number(row4[column(`${rep.name} ownership`)])).toBeCloseTo(rep.after.ownership, 3);
  });

  test('a row per decision, in order, with its week, choice, rep and ending', () => {
    const log = decisionLog(setup, 7, played.decisions);
    expect(log.length).toBeGreaterThan(3);
    const table = decisionTable(log);
    expect(table.rows).toHaveLength(log.length);
    table.rows.forEach((row, i) => {
      const entry = log[i]!;
      expect(row.slice(0, 6)).toEqual([
        String(entry.number),
        String(entry.week),
        entry.kind,
        entry.dealId,
        entry.customer,
        entry.repName,
      ]);
      expect(row[table.head.indexOf('deal ended')]).toBe(entry.ending.status);
      const own = entry.effects.find((e) => e.repId === entry.repId);
      const morale = own?.changes.find((c) => c.stock === 'morale')?.delta ?? 0;
      expect(Number(row[table.head.indexOf("rep's morale change")])).toBeCloseTo(morale, 3);
    });
  });
});
