/**
 * "Won, but at what cost": every win of the season with what was given away
 * to get it (a discount in money, free services in hours and what those
 * hours cost), and the share of bookings that came through rescues.
 */
import type { SeasonState } from './state';
import type { Concession } from './vocabulary';

export interface LedgerWin {
  dealId: string;
  customer: string;
  repName: string;
  week: number;
  value: number;
  /** What was booked: the value less any discount. */
  booked: number;
  /** What the manager gave away to rescue it; undefined for a win the rep made alone. */
  concession: Concession | undefined;
  discount: number;
  freeServiceHours: number;
  /** What those free hours cost us, in money. */
  freeServiceCost: number;
}

export interface SeasonLedger {
  /** Wins in the order they were decided. */
  wins: LedgerWin[];
  bookings: number;
  /** Money booked on rescued deals, and its share of all bookings. */
  throughRescues: number;
  rescueShare: number;
  discountGiven: number;
  freeServiceHours: number;
  freeServiceCost: number;
  /** Discounts and the cost of free services together. */
  marginGiven: number;
}

export function seasonLedger(state: SeasonState): SeasonLedger {
  const costPerHour = state.tuning.rescue.freeServiceCost;
  const wins = state.deals
    .filter((deal) => deal.status === 'won')
    .map((deal): LedgerWin => {
      const rep = state.reps.find((r) => r.id === deal.repId);
      return {
        dealId: deal.id,
        customer: deal.customer,
        repName: rep?.name ?? '',
        week: deal.closedWeek ?? 0,
        value: deal.value,
        booked: deal.value - deal.discount,
        concession: deal.rescue?.concession,
        discount: deal.discount,
        freeServiceHours: deal.freeServiceHours,
        freeServiceCost: deal.freeServiceHours * costPerHour,
      };
    })
    .sort((a, b) => a.week - b.week);
  const sum = (pick: (win: LedgerWin) => number, of = wins) =>
    of.reduce((total, win) => total + pick(win), 0);
  const rescued = wins.filter((win) => win.concession !== undefined);
  const bookings = sum((win) => win.booked);
  const discountGiven = sum((win) => win.discount);
  const freeServiceCost = sum((win) => win.freeServiceCost);
  const throughRescues = sum((win) => win.booked, rescued);
  return {
    wins,
    bookings,
    throughRescues,
    rescueShare: bookings > 0 ? throughRescues / bookings : 0,
    discountGiven,
    freeServiceHours: sum((win) => win.freeServiceHours),
    freeServiceCost,
    marginGiven: discountGiven + freeServiceCost,
  };
}
