/**
 * The season's behaviour over time, week by week, for the debrief's charts
 * and their tables: the team's stocks, the manager's hours and energy,
 * bookings against quota, what was given away, requests for help, and the
 * decisions taken that week as marks (C coach, R rescue, V review, H hand
 * back). Read from the week records and the log; nothing is computed twice.
 */
import { weeksPerQuarter } from './calendar';
import type { LogEntry, SeasonState } from './state';

/** The decision marks on the time axis, in the order they are drawn. */
export const decisionMarks = ['coach', 'rescue', 'review', 'handBack'] as const;
export type DecisionMark = (typeof decisionMarks)[number];

/** The letter each mark shows on a chart. */
export const markLetters: Record<DecisionMark, string> = {
  coach: 'C',
  rescue: 'R',
  review: 'V',
  handBack: 'H',
};

export interface SeriesWeek {
  week: number;
  capability: number;
  ownership: number;
  morale: number;
  /** Hours asked of the manager that week, and the normal week they are measured against. */
  hoursDemanded: number;
  normalHours: number;
  energy: number;
  /** Money booked so far, and the quota for the weeks so far. */
  bookings: number;
  quota: number;
  /** Money given away in discounts so far. */
  discountGiven: number;
  helpRequests: number;
  /** The decisions of each kind taken that week. */
  marks: Record<DecisionMark, number>;
}

function markOf(entry: LogEntry): DecisionMark | undefined {
  if (entry.kind === 'coached') return 'coach';
  if (entry.kind === 'rescued') return 'rescue';
  if (entry.kind === 'reviewed') return 'review';
  if (entry.kind === 'stayedOut' && entry.detail === 'handedBack') return 'handBack';
  return undefined;
}

export function seasonSeries(state: SeasonState): SeriesWeek[] {
  return state.history.map((record, index) => {
    const marks: Record<DecisionMark, number> = { coach: 0, rescue: 0, review: 0, handBack: 0 };
    for (const entry of state.pastLog[index] ?? []) {
      const mark = markOf(entry);
      if (mark) marks[mark] += 1;
    }
    return {
      week: record.week,
      capability: record.capability,
      ownership: record.ownership,
      morale: record.morale,
      hoursDemanded: record.hoursDemanded,
      normalHours: record.hoursCapacity,
      energy: record.energy,
      bookings: record.bookings,
      quota: (state.quotaPerQuarter * record.week) / weeksPerQuarter,
      discountGiven: record.discountGiven,
      helpRequests: record.helpRequests,
      marks,
    };
  });
}
