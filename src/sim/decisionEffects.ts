/**
 * What the manager's last decision this week did to the people: each rep's
 * stocks that moved, read from the log. Deal quality stays hidden.
 */
import type { SeasonState } from './state';

export type PersonStock = 'capability' | 'ownership' | 'morale';

export interface PersonEffect {
  repId: string;
  name: string;
  changes: { stock: PersonStock; delta: number }[];
}

const personStocks: readonly string[] = ['capability', 'ownership', 'morale'];

/** The effects of the decision with this id (e.g. "d4"), or of the latest one this week. */
export function decisionEffects(state: SeasonState, decisionId?: string): PersonEffect[] {
  const cause = decisionId ?? `d${state.nextDecisionNumber - 1}`;
  const effects = new Map<string, PersonEffect>();
  for (const entry of state.log) {
    if (entry.cause !== cause || entry.kind !== 'stock') continue;
    if (!entry.stock || !personStocks.includes(entry.stock) || entry.delta === undefined) continue;
    const rep = state.reps.find((r) => r.id === entry.subject);
    if (!rep) continue;
    let effect = effects.get(rep.id);
    if (!effect) {
      effect = { repId: rep.id, name: rep.name, changes: [] };
      effects.set(rep.id, effect);
    }
    const stock = entry.stock as PersonStock;
    const same = effect.changes.find((change) => change.stock === stock);
    if (same) same.delta += entry.delta;
    else effect.changes.push({ stock, delta: entry.delta });
  }
  return [...effects.values()];
}
