/**
 * The model's loops, and how strongly each drove this season, read from the
 * log and the week records: what the rescues bought, what coaching built,
 * how rescues and take-overs fed dependence, how rescue hours crowded out
 * coaching, how the manager's week wore them down, how capability compounded
 * into the reps' own wins, and who left. Each strength is 0..1; the figures
 * behind it go with it, for the sentence the debrief says.
 */
import type { LogEntry, SeasonState } from './state';

export const loopNames = [
  'rescueRelief',
  'coachTheFix',
  'dependence',
  'crowdingOut',
  'burnout',
  'compounding',
  'attrition',
] as const;
export type LoopName = (typeof loopNames)[number];

export type LoopKind = 'balancing' | 'reinforcing';

export interface LoopReading {
  loop: LoopName;
  kind: LoopKind;
  /** How strongly it drove this season, 0..1. */
  strength: number;
  /** The figures the sentence reads. */
  figures: Record<string, number>;
}

const kinds: Record<LoopName, LoopKind> = {
  rescueRelief: 'balancing',
  coachTheFix: 'balancing',
  dependence: 'reinforcing',
  crowdingOut: 'reinforcing',
  burnout: 'reinforcing',
  compounding: 'reinforcing',
  attrition: 'reinforcing',
};

const clamp01 = (value: number) => Math.min(1, Math.max(0, value));
const sum = (values: readonly number[]) => values.reduce((total, value) => total + value, 0);
const meanOf = (values: readonly number[]) => (values.length > 0 ? sum(values) / values.length : 0);

export function loopStrengths(state: SeasonState): LoopReading[] {
  const log: LogEntry[] = [...state.pastLog.flat(), ...state.log];
  const history = state.history;
  // Which decision each cause was: "d12" → the kind of its note.
  const decisionKind = new Map<string, string>();
  for (const entry of log) {
    if (entry.kind === 'coached' || entry.kind === 'rescued')
      decisionKind.set(entry.cause, entry.kind);
  }
  const deltas = (stock: string, from: (entry: LogEntry) => boolean) =>
    sum(
      log
        .filter((entry) => entry.kind === 'stock' && entry.stock === stock && from(entry))
        .map((entry) => entry.delta ?? 0),
    );
  const rescues = log.filter((entry) => entry.kind === 'rescued').length;
  const coachings = log.filter((entry) => entry.kind === 'coached').length;
  const takeOvers = log.filter((entry) => entry.kind === 'tookOver').length;
  const rescuedWins = state.deals.filter((deal) => deal.rescue && deal.status === 'won');
  const booked = state.ledger.bookings;
  const throughRescues = sum(rescuedWins.map((deal) => deal.value - deal.discount));
  const capabilityFromCoaching = deltas(
    'capability',
    (e) => decisionKind.get(e.cause) === 'coached',
  );
  const ownershipLost = -deltas(
    'ownership',
    (e) =>
      (decisionKind.get(e.cause) === 'rescued' || e.cause === 'week.takeOver') &&
      (e.delta ?? 0) < 0,
  );
  const requests = history.map((record) => record.helpRequests);
  const early = meanOf(requests.slice(0, 4));
  const late = meanOf(requests.slice(-4));
  const rescueHours = sum(history.map((record) => record.rescueHours));
  const coachingHours = sum(history.map((record) => record.coachingHours));
  const overloadWeeks = history.filter(
    (record) => record.hoursDemanded > record.hoursCapacity,
  ).length;
  const lowestEnergy = Math.min(1, ...history.map((record) => record.energy));
  const ownWins = log.filter((entry) => entry.kind === 'dealWon' && entry.detail === 'own').length;
  // From where week 1 opened, as the end screen and the quarter review count it.
  const firstCapability = state.opening.capability;
  const lastCapability = history.at(-1)?.capability ?? 0;
  const weeks = Math.max(1, history.length);
  // Per-rep figures are means over everyone who was on the team.
  const people = Math.max(1, state.reps.length);
  const readings: Record<LoopName, { strength: number; figures: Record<string, number> }> = {
    rescueRelief: {
      strength: clamp01(booked > 0 ? (2 * throughRescues) / booked : 0),
      figures: {
        rescues,
        won: rescuedWins.length,
        throughRescues,
        share: booked > 0 ? throughRescues / booked : 0,
      },
    },
    coachTheFix: {
      strength: clamp01((capabilityFromCoaching / people) * 4),
      figures: { coachings, capability: capabilityFromCoaching / people },
    },
    dependence: {
      strength: clamp01(2 * (ownershipLost / people) + (early > 0 ? (late / early - 1) / 2 : 0)),
      figures: { rescues, takeOvers, ownershipLost: ownershipLost / people, early, late },
    },
    crowdingOut: {
      strength: clamp01(rescueHours / Math.max(1, rescueHours + coachingHours)),
      figures: { rescueHours, coachingHours },
    },
    burnout: {
      strength: clamp01(Math.max(overloadWeeks / weeks, 1 - lowestEnergy)),
      figures: {
        overloadWeeks,
        lowestEnergy,
        burnedOutWeeks: history.filter((r) => r.burnedOut).length,
      },
    },
    compounding: {
      strength: clamp01((lastCapability - firstCapability) * 4),
      figures: { firstCapability, lastCapability, ownWins },
    },
    attrition: {
      strength: clamp01(
        state.ledger.repsQuit / Math.max(1, state.reps.filter((rep) => !rep.replaces).length),
      ),
      figures: { quit: state.ledger.repsQuit },
    },
  };
  return loopNames.map((loop) => ({ loop, kind: kinds[loop], ...readings[loop] }));
}
