/**
 * The session as tables, for export: a row per week played with every stock
 * (the team's means, each rep's, the manager's hours and energy, the money),
 * and a row per decision with what it took, did and came to. Read from the
 * replayed season and its decision log; the figures are the model's own,
 * rounded only to what a spreadsheet needs.
 */
import type { DecisionLogEntry } from './decisionLog';
import type { SeasonState } from './state';
import { repStocks } from './vocabulary';
import { weekStocks } from './weekStocks';

export interface SessionTable {
  head: string[];
  rows: string[][];
}

/** A stock (0..1) to three places, money and hours to two: enough for any chart. */
const stock = (value: number) => String(Math.round(value * 1000) / 1000);
const amount = (value: number) => String(Math.round(value * 100) / 100);

const weekColumns = [
  'week',
  'team capability',
  'team ownership',
  'team morale',
  'manager energy',
  'hours demanded',
  'hours worked',
  'normal hours',
  'coaching hours',
  'rescue hours',
  'backlog hours',
  'burned out',
  'help requests',
  'inbox',
  'bookings',
  'discount given',
  'margin given',
  'deals won',
  'deals lost',
  'reps quit',
] as const;

/** A row per week played; each rep's capability, ownership and morale at the week's end follow. */
export function weekTable(state: SeasonState): SessionTable {
  const reps = state.reps;
  const head = [
    ...weekColumns,
    ...reps.flatMap((rep) => repStocks.map((name) => `${rep.name} ${name}`)),
  ];
  const rows = state.history.map((record) => {
    const stocks = new Map(weekStocks(state, record.week).map((rep) => [rep.repId, rep.after]));
    return [
      String(record.week),
      stock(record.capability),
      stock(record.ownership),
      stock(record.morale),
      stock(record.energy),
      amount(record.hoursDemanded),
      amount(record.hoursWorked),
      amount(record.hoursCapacity),
      amount(record.coachingHours),
      amount(record.rescueHours),
      amount(record.backlogHours),
      record.burnedOut ? 'yes' : 'no',
      String(record.helpRequests),
      String(record.inbox),
      amount(record.bookings),
      amount(record.discountGiven),
      amount(record.marginGiven),
      String(record.dealsWon),
      String(record.dealsLost),
      String(record.repsQuit),
      // A rep who has left the team (or had not joined) that week has no figures.
      ...reps.flatMap((rep) => {
        const at = stocks.get(rep.id);
        return repStocks.map((name) => (at ? stock(at[name]) : ''));
      }),
    ];
  });
  return { head, rows };
}

/** A row per decision, in the order they were taken. */
export function decisionTable(log: readonly DecisionLogEntry[]): SessionTable {
  return {
    head: [
      'number',
      'week',
      'choice',
      'deal',
      'customer',
      'rep',
      'hours',
      ...repStocks.map((name) => `rep's ${name} change`),
      'deal ended',
      'ended in week',
      'discount',
    ],
    rows: log.map((entry) => {
      const own = entry.effects.find((effect) => effect.repId === entry.repId);
      const change = (name: string) => own?.changes.find((c) => c.stock === name)?.delta ?? 0;
      return [
        String(entry.number),
        String(entry.week),
        entry.kind,
        entry.dealId,
        entry.customer,
        entry.repName,
        amount(entry.hours),
        ...repStocks.map((name) => stock(change(name))),
        entry.ending.status,
        entry.ending.week === undefined ? '' : String(entry.ending.week),
        amount(entry.ending.discount),
      ];
    }),
  };
}
