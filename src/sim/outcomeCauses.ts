/**
 * What led to this: the season's outcomes worth asking about (a lost deal, a
 * rep who quit, a week the manager burned out, a win bought with a
 * discount), and for each the chain of earlier decisions and stock changes
 * that fed it, read from the log's entries and their causes. A link is one
 * cause in one week (a decision, an event, a weekly drift) with the changes
 * it made to the stocks the outcome hangs on; a weekly drift of a rep's
 * stocks is summed over the weeks it ran.
 */
import type { LogEntry, LogKind, SeasonState } from './state';
import { describeCause } from './weekReport';

export const outcomeKinds = ['dealLost', 'repQuit', 'burnout', 'discount'] as const;
export type OutcomeKind = (typeof outcomeKinds)[number];

export interface Outcome {
  /** Unique in the season: kind, subject and week. */
  id: string;
  kind: OutcomeKind;
  week: number;
  /** The deal lost or discounted, the rep who quit, or "manager". */
  subject: string;
  /** The deal's rep, for deals. */
  repId?: string;
  /** The money given away, for a discounted win. */
  discount?: number;
}

export interface StockChange {
  subject: string;
  stock: string;
  delta: number;
}

export interface CauseLink {
  week: number;
  /** The last week of a drift summed over several weeks. */
  lastWeek?: number;
  cause: string;
  /** The cause in words, as the week's report says it ("you rescued Acme"). */
  why: string;
  /** What was noted on the outcome's subject under this cause (a request, a take-over…). */
  noted?: { kind: LogKind; subject: string; detail?: string };
  changes: StockChange[];
  /** The hours asked of the manager that week against a normal week, for the manager's energy. */
  hours?: { demanded: number; normal: number };
}

export interface CauseChain {
  outcome: Outcome;
  links: CauseLink[];
  /** Every week the chain names, in order, the outcome's own last: what the chart marks. */
  weeks: number[];
  /** Names of the deals (their customers) and reps the chain mentions, by id. */
  names: Record<string, string>;
}

/** How far back a rep's or the manager's chain reads, in weeks before the outcome. */
export const chainWeeks = 6;

/** Notes on a deal that belong in its story. */
const dealNotes: readonly LogKind[] = [
  'dealArrived',
  'helpRequested',
  'coached',
  'rescued',
  'stayedOut',
  'tookOver',
  'dealStalled',
];
/** The notes a decision writes under its own cause. */
const decisionNotes: readonly LogKind[] = ['coached', 'rescued', 'reviewed', 'stayedOut'];
/** Decisions that take the manager's hours. */
const hourNotes: readonly LogKind[] = ['coached', 'rescued', 'reviewed', 'tookOver'];
/** Weekly causes summed over the weeks they ran, instead of a link each week. */
const drifts = ['week.morale', 'week.forgetting', 'week.habit'];

/**
 * The cause a link is filed under. The week's own notes (a deal arriving, a
 * request) each get their own; a take-over's note and the changes it made
 * share one.
 */
function linkCause(entry: LogEntry): string {
  if (entry.kind === 'tookOver') return 'week.takeOver';
  if (entry.cause === 'week' && entry.kind !== 'stock')
    return `week.${entry.kind}.${entry.subject}`;
  return entry.cause;
}

function noteOf(entry: LogEntry): NonNullable<CauseLink['noted']> {
  return {
    kind: entry.kind,
    subject: entry.subject,
    ...(entry.detail === undefined ? {} : { detail: entry.detail }),
  };
}

function allEntries(state: SeasonState): LogEntry[] {
  return [...state.pastLog.flat(), ...state.log];
}

export function outcomesOf(state: SeasonState): Outcome[] {
  const outcomes: Outcome[] = [];
  for (const entry of allEntries(state)) {
    const deal = state.deals.find((d) => d.id === entry.subject);
    const add = (kind: OutcomeKind) =>
      outcomes.push({
        id: `${kind}:${entry.subject}:${entry.week}`,
        kind,
        week: entry.week,
        subject: entry.subject,
        ...(deal ? { repId: deal.repId } : {}),
        ...(deal && kind === 'discount' ? { discount: deal.discount } : {}),
      });
    if (entry.kind === 'dealLost') add('dealLost');
    else if (entry.kind === 'dealWon' && entry.detail === 'discount') add('discount');
    else if (entry.kind === 'repQuit') add('repQuit');
    else if (entry.kind === 'burnedOut') add('burnout');
  }
  // The rarer kinds first (a quit, a burnout), each kind in the order it happened.
  const order: readonly OutcomeKind[] = ['repQuit', 'burnout', 'discount', 'dealLost'];
  return outcomes.sort((a, b) => order.indexOf(a.kind) - order.indexOf(b.kind) || a.week - b.week);
}

/** Whether an entry fed this outcome, given the causes that noted a decision on its deal. */
function feeds(entry: LogEntry, outcome: Outcome, dealCauses: ReadonlySet<string>): boolean {
  switch (outcome.kind) {
    case 'dealLost':
    case 'discount':
      if (entry.subject === outcome.subject)
        return entry.kind === 'stock' || dealNotes.includes(entry.kind);
      return (
        entry.kind === 'stock' && entry.subject === outcome.repId && dealCauses.has(entry.cause)
      );
    case 'repQuit':
      return (
        entry.kind === 'stock' &&
        entry.subject === outcome.subject &&
        (entry.stock === 'morale' || entry.stock === 'ownership')
      );
    case 'burnout':
      return (
        (entry.kind === 'stock' && entry.subject === 'manager') || hourNotes.includes(entry.kind)
      );
  }
}

export function causeChain(state: SeasonState, outcome: Outcome): CauseChain {
  const entries = allEntries(state);
  const onDeal = outcome.kind === 'dealLost' || outcome.kind === 'discount';
  const from = onDeal
    ? (state.deals.find((deal) => deal.id === outcome.subject)?.createdWeek ?? 1)
    : outcome.week - chainWeeks;
  const dealCauses = new Set(
    entries.filter((e) => e.subject === outcome.subject && e.kind !== 'stock').map((e) => e.cause),
  );
  const links = new Map<string, CauseLink>();
  for (const entry of entries) {
    if (entry.week < from || entry.week > outcome.week || !feeds(entry, outcome, dealCauses))
      continue;
    // A rep's or the manager's take-overs add up like a drift; a deal's is its own.
    const drift = drifts.includes(entry.cause) || (!onDeal && linkCause(entry) === 'week.takeOver');
    const key = drift ? linkCause(entry) : `${entry.week}|${linkCause(entry)}`;
    let link = links.get(key);
    if (!link) {
      link = {
        week: entry.week,
        cause: linkCause(entry),
        why: describeCause(entry.cause, entries, state),
        changes: [],
      };
      links.set(key, link);
    }
    if (drift && entry.week > link.week) link.lastWeek = entry.week;
    if (entry.kind === 'stock') {
      const same = link.changes.find((c) => c.subject === entry.subject && c.stock === entry.stock);
      if (same) same.delta += entry.delta ?? 0;
      else
        link.changes.push({
          subject: entry.subject,
          stock: entry.stock ?? '',
          delta: entry.delta ?? 0,
        });
    } else if (!link.noted) {
      link.noted = noteOf(entry);
    }
    if (entry.cause === 'week.hours' && !link.hours) {
      const record = state.history.find((r) => r.week === entry.week);
      if (record) link.hours = { demanded: record.hoursDemanded, normal: record.hoursCapacity };
    }
  }
  // A decision's link says which decision it was, even when its note is on another deal.
  const decisions = new Map(
    entries.filter((e) => decisionNotes.includes(e.kind)).map((e) => [e.cause, e]),
  );
  for (const link of links.values()) {
    const decision = decisions.get(link.cause);
    if (!link.noted && decision) link.noted = noteOf(decision);
  }
  const chain = [...links.values()].sort((a, b) => a.week - b.week);
  const names: Record<string, string> = {};
  for (const deal of state.deals) names[deal.id] = deal.customer;
  for (const rep of state.reps) names[rep.id] = rep.name;
  const mentioned = new Set([
    outcome.subject,
    outcome.repId ?? '',
    ...chain.flatMap((l) => [l.noted?.subject ?? '', ...l.changes.map((c) => c.subject)]),
  ]);
  return {
    outcome,
    links: chain,
    weeks: [...new Set([...chain.map((link) => link.week), outcome.week])].sort((a, b) => a - b),
    names: Object.fromEntries(Object.entries(names).filter(([id]) => mentioned.has(id))),
  };
}
