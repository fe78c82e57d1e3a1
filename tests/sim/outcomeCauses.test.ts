/** What led to each outcome, read from hand-built logs: which entries join a chain, and how. */
import { describe, expect, test } from 'vitest';
import { causeChain, outcomesOf } from '../../src/sim/outcomeCauses';
import type { LogEntry, SeasonState, WeekRecord } from '../../src/sim/state';
import { seasonWithDeal } from '../support/seasons';

const entry = (
  week: number,
  cause: string,
  kind: LogEntry['kind'],
  subject: string,
  extra: Partial<LogEntry> = {},
): LogEntry => ({ week, cause, kind, subject, ...extra });
const stock = (week: number, cause: string, subject: string, name: string, delta: number) =>
  entry(week, cause, 'stock', subject, { stock: name, delta });

/** A season whose log is these weeks of entries (week n's entries in pastLog[n - 1]). */
function withLog(weeks: LogEntry[][], records: Partial<WeekRecord>[] = []): SeasonState {
  const { state } = seasonWithDeal('propose', {
    id: 'deal-test',
    customer: 'Testco',
    createdWeek: 1,
  });
  return {
    ...state,
    pastLog: weeks,
    log: [],
    history: records.map((record, index) => ({
      ...({} as WeekRecord),
      week: index + 1,
      hoursDemanded: 40,
      hoursCapacity: 45,
      ...record,
    })),
  };
}

describe('outcomesOf', () => {
  test('a lost deal, a discounted win, a quit and a burnout, each once, the rarer kinds first', () => {
    const state = withLog([
      [entry(1, 'week', 'dealLost', 'deal-test', { detail: 'own' })],
      [entry(2, 'week', 'dealWon', 'deal-test', { detail: 'discount' })],
      [
        entry(3, 'week', 'dealWon', 'deal-test', { detail: 'own' }),
        entry(3, 'week', 'repQuit', 'ana'),
        entry(3, 'week', 'burnedOut', 'manager'),
      ],
    ]);
    expect(outcomesOf(state).map((o) => o.id)).toEqual([
      'repQuit:ana:3',
      'burnout:manager:3',
      'discount:deal-test:2',
      'dealLost:deal-test:1',
    ]);
    expect(outcomesOf(state)[3]!.repId).toBe('ana');
  });
});

describe('causeChain', () => {
  test('a lost deal: the decisions on it, what they did to its rep, and what moved its strategy', () => {
    const state = withLog([
      [entry(1, 'week', 'dealArrived', 'deal-test', { detail: 'ana' })],
      [
        entry(2, 'week', 'helpRequested', 'deal-test'),
        entry(2, 'd1', 'rescued', 'deal-test', { detail: 'discount' }),
        stock(2, 'd1', 'ana', 'ownership', -0.04),
        stock(2, 'd1', 'ana', 'morale', -0.02),
        // Another deal's decision touches Ana too: not this deal's story.
        entry(2, 'd2', 'coached', 'deal-other'),
        stock(2, 'd2', 'ana', 'capability', 0.03),
      ],
      [
        stock(3, 'event.outage', 'deal-test', 'quality', -0.05),
        stock(3, 'week.morale', 'ana', 'morale', -0.01),
        entry(3, 'week', 'dealLost', 'deal-test', { detail: 'rescued' }),
      ],
      // After the loss: not a cause.
      [entry(4, 'd3', 'reviewed', 'deal-test')],
    ]);
    const lost = outcomesOf(state).find((o) => o.kind === 'dealLost')!;
    const chain = causeChain(state, lost);
    expect(chain.links.map((l) => [l.week, l.cause])).toEqual([
      [1, 'week.dealArrived.deal-test'],
      [2, 'week.helpRequested.deal-test'],
      [2, 'd1'],
      [3, 'event.outage'],
    ]);
    const rescue = chain.links[2]!;
    expect(rescue.noted).toEqual({ kind: 'rescued', subject: 'deal-test', detail: 'discount' });
    expect(rescue.why).toBe('you rescued Testco');
    expect(rescue.changes).toEqual([
      { subject: 'ana', stock: 'ownership', delta: -0.04 },
      { subject: 'ana', stock: 'morale', delta: -0.02 },
    ]);
    expect(chain.links[3]!.changes).toEqual([
      { subject: 'deal-test', stock: 'quality', delta: -0.05 },
    ]);
    expect(chain.weeks).toEqual([1, 2, 3]);
    expect(chain.names['deal-test']).toBe('Testco');
    expect(chain.names.ana).toBe('Ana');
  });

  test('a rep who quit: their morale and ownership by cause, weekly drift summed over its weeks', () => {
    const weeks: LogEntry[][] = [1, 2, 3, 4, 5].map((week) => [
      stock(week, 'week.morale', 'ana', 'morale', -0.02),
      stock(week, 'week.forgetting', 'ana', 'capability', -0.01),
    ]);
    weeks[2]!.push(
      entry(3, 'd4', 'stayedOut', 'deal-test', { detail: 'handedBack' }),
      stock(3, 'd4', 'ana', 'morale', -0.03),
    );
    weeks[4]!.push(entry(5, 'week', 'repQuit', 'ana'));
    // Take-overs of Ana's requests in two weeks: summed for her, like a drift.
    for (const week of [2, 4]) {
      weeks[week - 1]!.push(
        entry(week, 'week', 'tookOver', 'deal-test', { detail: 'habit' }),
        stock(week, 'week.takeOver', 'ana', 'ownership', -0.02),
      );
    }
    const state = withLog(weeks);
    const quit = outcomesOf(state).find((o) => o.kind === 'repQuit')!;
    const chain = causeChain(state, quit);
    expect(chain.links.map((l) => l.cause)).toEqual(['week.morale', 'week.takeOver', 'd4']);
    const takeOvers = chain.links[1]!;
    expect([takeOvers.week, takeOvers.lastWeek]).toEqual([2, 4]);
    expect(takeOvers.changes).toEqual([{ subject: 'ana', stock: 'ownership', delta: -0.04 }]);
    const drift = chain.links[0]!;
    expect([drift.week, drift.lastWeek]).toEqual([1, 5]);
    expect(drift.changes[0]!.delta).toBeCloseTo(-0.1);
    expect(chain.links[2]!.noted?.detail).toBe('handedBack');
    expect(chain.weeks).toEqual([1, 2, 3, 5]);
  });

  test('a burnout: the weeks of hours before it, with what took them, no further back than the window', () => {
    const weeks: LogEntry[][] = Array.from({ length: 9 }, (_, index) => [
      stock(index + 1, 'week.hours', 'manager', 'energy', -0.05),
    ]);
    weeks[7]!.push(entry(8, 'd9', 'rescued', 'deal-test', { detail: 'none' }));
    weeks[8]!.push(entry(9, 'week', 'burnedOut', 'manager'));
    const state = withLog(
      weeks,
      Array.from({ length: 9 }, (_, i) => ({ hoursDemanded: 50 + i })),
    );
    const burnout = outcomesOf(state)[0]!;
    const chain = causeChain(state, burnout);
    expect(chain.links[0]!.week).toBe(3);
    expect(chain.links.filter((l) => l.cause === 'week.hours')).toHaveLength(7);
    expect(chain.links.find((l) => l.cause === 'd9')?.noted?.kind).toBe('rescued');
    expect(chain.links.find((l) => l.week === 9)?.hours).toEqual({ demanded: 58, normal: 45 });
  });
});
