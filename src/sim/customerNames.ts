/**
 * Customers' names: which a new deal may take, so that no two live deals
 * share one, and the short form a crowded card shows (the first word, which
 * a scenario's check keeps distinct).
 */
import { isOpen } from './deals';
import type { SeasonState } from './state';

/**
 * The market's customers no open deal belongs to and no written deal is still
 * due from, so that two live deals never share a name. When the scenario's
 * list runs out (its check asks for more customers than a season opens), a
 * customer comes back as a second account: "Lumen Eyecare (2)".
 */
export function freeCustomers(state: SeasonState): readonly string[] {
  const taken = new Set<string>();
  for (const deal of state.deals) if (isOpen(deal)) taken.add(deal.customer);
  for (const deal of state.upcoming) taken.add(deal.customer);
  const free = state.customers.filter((customer) => !taken.has(customer));
  if (free.length > 0) return free;
  for (let account = 2; ; account += 1) {
    const more = state.customers
      .map((customer) => `${customer} (${account})`)
      .filter((customer) => !taken.has(customer));
    if (more.length > 0) return more;
  }
}

/** The word that tells a customer from every other in its scenario: "Stonebridge", "Lumen (2)". */
export function shortCustomerName(customer: string): string {
  const words = customer.trim().split(/\s+/);
  const account = /^\(\d+\)$/.test(words[words.length - 1] ?? '')
    ? ` ${words[words.length - 1]}`
    : '';
  return `${words[0] ?? customer}${words.length > 1 ? account : ''}`;
}
