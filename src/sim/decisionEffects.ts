/**
 * What a decision did to the people: each rep's stocks that moved, read from
 * the log entries the accepted move returned. Deal quality stays hidden.
 */
import type { LogEntry, SeasonState } from './state';
import { type RepStock, repStocks } from './vocabulary';

export interface PersonEffect {
  repId: string;
  name: string;
  changes: { stock: RepStock; delta: number }[];
}

const isRepStock = (stock: string | undefined): stock is RepStock =>
  repStocks.includes(stock as RepStock);

/** The rep stocks the move's entries moved, rep by rep, summed per stock. */
export function decisionEffects(state: SeasonState, entries: readonly LogEntry[]): PersonEffect[] {
  const effects = new Map<string, PersonEffect>();
  for (const entry of entries) {
    if (entry.kind !== 'stock' || !isRepStock(entry.stock) || entry.delta === undefined) continue;
    const rep = state.reps.find((r) => r.id === entry.subject);
    if (!rep) continue;
    let effect = effects.get(rep.id);
    if (!effect) {
      effect = { repId: rep.id, name: rep.name, changes: [] };
      effects.set(rep.id, effect);
    }
    const stock = entry.stock;
    const same = effect.changes.find((change) => change.stock === stock);
    if (same) same.delta += entry.delta;
    else effect.changes.push({ stock, delta: entry.delta });
  }
  return [...effects.values()];
}
