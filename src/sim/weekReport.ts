/**
 * What happened in a finished week, with causes: the deals decided, how
 * each rep's stocks moved and why, and the manager's hours and energy.
 * Built from the log, so every line can say what led to it.
 */
import type { LogEntry, SeasonState, WeekRecord } from './state';
import { type Concession, repStocks } from './vocabulary';

export interface DealResult {
  dealId: string;
  customer: string;
  repName: string;
  outcome: 'won' | 'lost';
  value: number;
  /** Set when the manager rescued the deal. */
  concession?: Concession;
  discount: number;
}

export interface StockChange {
  stock: 'capability' | 'ownership' | 'morale' | 'energy';
  delta: number;
  /** The causes, largest first, in words. */
  causes: { cause: string; delta: number }[];
}

export interface RepChanges {
  repId: string;
  repName: string;
  changes: StockChange[];
}

export interface WeekReport {
  week: number;
  headline: string;
  deals: DealResult[];
  reps: RepChanges[];
  manager: {
    hoursDemanded: number;
    hoursWorked: number;
    energy: StockChange | undefined;
    /** Why energy moved (or held), in words that match the hours. */
    energyWords: string;
    burnedOut: boolean;
    recovered: boolean;
  };
  helpRequests: number;
  quits: string[];
  hires: string[];
  events: string[];
}

/** Explains a cause id in words, using the decisions of the same log. */
export function describeCause(
  cause: string,
  entries: readonly LogEntry[],
  state: SeasonState,
): string {
  const weekly: Record<string, string> = {
    'week.morale': 'how the weeks have felt',
    'week.forgetting': 'skills fading without practice',
    'week.habit': 'old habits returning',
    'week.ownWin': 'winning a deal on their own',
    'week.hours': 'the hours you worked',
    'week.handover': 'a handover to a new rep',
    'week.takeOver': 'requests for help nobody answered, which you took over at the week’s end',
  };
  if (weekly[cause]) return weekly[cause]!;
  if (cause.startsWith('event.')) {
    const event = state.events.find((e) => `event.${e.id}` === cause);
    return event ? event.headline : 'an event';
  }
  const decision = entries.find(
    (entry) =>
      entry.cause === cause && ['coached', 'rescued', 'reviewed', 'stayedOut'].includes(entry.kind),
  );
  if (!decision) return 'your decisions';
  const deal = state.deals.find((d) => d.id === decision.subject);
  const customer = deal?.customer ?? 'a deal';
  const rep = state.reps.find((r) => r.id === deal?.repId)?.name ?? 'the rep';
  switch (decision.kind) {
    case 'coached':
      return decision.detail === 'tell'
        ? `you told ${rep} what to do on ${customer}`
        : `you coached ${rep} on ${customer}`;
    case 'rescued':
      return `you rescued ${customer}`;
    case 'reviewed':
      return `you reviewed the ${customer} loss with ${rep}`;
    default:
      return `you stayed out of ${customer}`;
  }
}

function stockChange(
  stock: StockChange['stock'],
  entries: readonly LogEntry[],
  all: readonly LogEntry[],
  state: SeasonState,
): StockChange | undefined {
  const moves = entries.filter((entry) => entry.stock === stock && entry.delta !== undefined);
  if (moves.length === 0) return undefined;
  const byCause = new Map<string, number>();
  for (const move of moves) {
    const label = describeCause(move.cause, all, state);
    byCause.set(label, (byCause.get(label) ?? 0) + move.delta!);
  }
  const causes = [...byCause.entries()]
    .map(([cause, delta]) => ({ cause, delta }))
    .filter((c) => Math.abs(c.delta) >= 0.0005)
    .sort((a, b) => Math.abs(b.delta) - Math.abs(a.delta));
  return { stock, delta: moves.reduce((sum, m) => sum + m.delta!, 0), causes };
}

/**
 * The week's hours as the reason energy moved, in words that match the
 * numbers: energy heads for what the week's hours and backlog allow, so an
 * overlong week can still lift a drained manager a little.
 */
function hoursReason(delta: number, record: WeekRecord, state: SeasonState): string {
  const normal = state.tuning.manager.normalHours;
  const worked = `${Math.round(record.hoursWorked * 10) / 10} h worked`;
  const waiting =
    record.backlogHours > 0.5 ? `${Math.round(record.backlogHours)} h of work left waiting` : '';
  if (record.hoursWorked <= normal) {
    if (delta >= 0)
      return `${worked}, within a normal week of ${normal} h${waiting ? `; ${waiting}` : ''}`;
    return waiting ? `${waiting}, though you worked within a normal week` : worked;
  }
  if (delta < 0)
    return `${worked}, over a normal week of ${normal} h${waiting ? `, and ${waiting}` : ''}`;
  return `${worked}, over a normal week of ${normal} h, but not by enough to wear you down further`;
}

function energyChange(
  change: StockChange | undefined,
  record: WeekRecord,
  state: SeasonState,
): StockChange | undefined {
  if (!change) return undefined;
  const hours = describeCause('week.hours', [], state);
  return {
    ...change,
    causes: change.causes.map((cause) =>
      cause.cause === hours ? { ...cause, cause: hoursReason(cause.delta, record, state) } : cause,
    ),
  };
}

function plural(count: number, word: string): string {
  return `${count} ${word}${count === 1 ? '' : 's'}`;
}

export function weekReport(state: SeasonState, week: number): WeekReport | undefined {
  const entries = state.pastLog[week - 1];
  const record = state.history[week - 1];
  if (!entries || !record) return undefined;
  const deals: DealResult[] = [];
  for (const entry of entries) {
    if (entry.kind !== 'dealWon' && entry.kind !== 'dealLost') continue;
    const deal = state.deals.find((d) => d.id === entry.subject);
    if (!deal) continue;
    deals.push({
      dealId: deal.id,
      customer: deal.customer,
      repName: state.reps.find((r) => r.id === deal.repId)?.name ?? '',
      outcome: entry.kind === 'dealWon' ? 'won' : 'lost',
      value: deal.value,
      discount: deal.discount,
      ...(deal.rescue ? { concession: deal.rescue.concession } : {}),
    });
  }
  const reps: RepChanges[] = [];
  for (const rep of state.reps) {
    const mine = entries.filter((entry) => entry.subject === rep.id);
    const changes = repStocks
      .map((stock) => stockChange(stock, mine, entries, state))
      .filter((change): change is StockChange => change !== undefined);
    if (changes.length > 0) reps.push({ repId: rep.id, repName: rep.name, changes });
  }
  const energy = energyChange(
    stockChange(
      'energy',
      entries.filter((e) => e.subject === 'manager'),
      entries,
      state,
    ),
    record,
    state,
  );
  const nameOf = (id: string) => state.reps.find((r) => r.id === id)?.name ?? id;
  const won = deals.filter((d) => d.outcome === 'won').length;
  const lost = deals.length - won;
  const quits = entries.filter((e) => e.kind === 'repQuit').map((e) => nameOf(e.subject));
  const burnedOut = entries.some((e) => e.kind === 'burnedOut');
  const parts = [
    deals.length === 0 ? 'No deals decided' : `${plural(won, 'deal')} won, ${lost} lost`,
  ];
  if (quits.length > 0) parts.push(`${quits.join(' and ')} quit`);
  if (burnedOut) parts.push('you are burned out');
  return {
    week,
    headline: `Week ${week}: ${parts.join('; ')}.`,
    deals,
    reps,
    manager: {
      hoursDemanded: record.hoursDemanded,
      hoursWorked: record.hoursWorked,
      energy,
      energyWords:
        energy && energy.causes.length > 0
          ? energy.causes.map((cause) => cause.cause).join('; ')
          : hoursReason(0, record, state),
      burnedOut,
      recovered: entries.some((e) => e.kind === 'recovered'),
    },
    helpRequests: record.helpRequests,
    quits,
    hires: entries.filter((e) => e.kind === 'repHired').map((e) => nameOf(e.subject)),
    events: entries
      .filter((e) => e.kind === 'event')
      .map((e) => state.events.find((ev) => ev.id === e.detail)?.headline ?? ''),
  };
}
