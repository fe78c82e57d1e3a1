/**
 * A working copy of the state for one move or one week: reps, the manager and
 * the ledger are copied up front (they are small); deals are copied the first
 * time they are touched. Every change to a stock goes through `shift`, which
 * clamps it and writes a log entry with its cause. `finish` hands back the new
 * state; the state passed in is never changed.
 */
import { clamp } from './clamp';
import { Draws } from './random';
import type { Accepted } from './result';
import type { Deal, LogEntry, LogKind, Rep, SeasonState } from './state';
import type { RepStock } from './vocabulary';

/**
 * Where each deal sits in a deals list. A finished state's list never changes,
 * so its index is remembered and handed on to the next step's copy.
 */
const dealIndexes = new WeakMap<readonly Deal[], ReadonlyMap<string, number>>();

function indexDeals(deals: readonly Deal[]): ReadonlyMap<string, number> {
  let index = dealIndexes.get(deals);
  if (!index) {
    index = new Map(deals.map((deal, i) => [deal.id, i]));
    dealIndexes.set(deals, index);
  }
  return index;
}

/** A rep copied for writing: its lists too, since moves change them in place. */
function copyRep(rep: Rep): Rep {
  const copy = { ...rep };
  copy.lessons = rep.lessons.map((lesson) => ({ ...lesson }));
  copy.coachingHours = [...rep.coachingHours];
  copy.results = [...rep.results];
  return copy;
}

export class Step {
  readonly state: SeasonState;
  readonly draws: Draws;
  /** The deals as the step found them: a deal still the same object here is not copied yet. */
  private readonly parentDeals: readonly Deal[];
  /** The log entries this step wrote, in order: what the move did. */
  private readonly written: LogEntry[] = [];
  /** Where each deal sits in this step's deals list: the parent's index until a deal is added. */
  private dealIndex: ReadonlyMap<string, number>;
  /** This step's own copy of the index, made when it adds its first deal. */
  private ownIndex: Map<string, number> | undefined;

  constructor(
    from: SeasonState,
    /** The cause every log entry of this step carries. */
    public cause: string,
  ) {
    // A plain `{ ...x }` copies at V8's fast path; overriding fields inside the literal
    // takes a slow one. So each object is copied whole first, then its fields are replaced
    // (they keep their places, so the copy's keys stay in the same order).
    const state = { ...from };
    state.reps = from.reps.map(copyRep);
    state.deals = [...from.deals];
    state.manager = { ...from.manager };
    state.ledger = { ...from.ledger };
    state.weekHours = { ...from.weekHours };
    state.log = [...from.log];
    this.state = state;
    this.draws = new Draws(from.random);
    this.dealIndex = indexDeals(from.deals);
    this.parentDeals = from.deals;
  }

  rep(id: string): Rep | undefined {
    return this.state.reps.find((rep) => rep.id === id);
  }

  /** The deal, copied for writing on first touch. */
  deal(id: string): Deal | undefined {
    const index = this.dealIndex.get(id);
    if (index === undefined) return undefined;
    const original = this.state.deals[index]!;
    if (original === this.parentDeals[index]) {
      // Copied whole, then the lists replaced: see the constructor.
      const copy = { ...original };
      copy.coachedIn = [...original.coachedIn];
      copy.signals = [...original.signals];
      this.state.deals[index] = copy;
    }
    return this.state.deals[index];
  }

  addDeal(deal: Deal): void {
    // The parent's index is shared with it: copy it once, on the step's first new deal.
    if (!this.ownIndex) this.ownIndex = new Map(this.dealIndex);
    this.ownIndex.set(deal.id, this.state.deals.length);
    this.dealIndex = this.ownIndex;
    this.state.deals.push(deal);
  }

  note(
    kind: LogKind,
    subject: string,
    extra: Partial<Omit<LogEntry, 'week' | 'cause' | 'kind' | 'subject'>> = {},
  ): void {
    this.write({ week: this.state.week, cause: this.cause, kind, subject, ...extra });
  }

  /** Moves a rep's stock by delta within 0..1 and logs what actually changed. */
  shiftRep(rep: Rep, stock: RepStock, delta: number, cause = this.cause): void {
    rep[stock] = this.shifted(rep[stock], delta, rep.id, stock, cause);
  }

  shiftEnergy(delta: number, cause = this.cause): void {
    const manager = this.state.manager;
    manager.energy = this.shifted(manager.energy, delta, 'manager', 'energy', cause);
  }

  shiftDealQuality(deal: Deal, delta: number, cause = this.cause): void {
    deal.quality = this.shifted(deal.quality, delta, deal.id, 'quality', cause);
  }

  /** The stock's new value within 0..1; the change, if any, is logged with its cause. */
  private shifted(
    before: number,
    delta: number,
    subject: string,
    stock: string,
    cause: string,
  ): number {
    const after = clamp(before + delta);
    if (Math.abs(after - before) >= 1e-6) {
      this.write({
        week: this.state.week,
        cause,
        kind: 'stock',
        subject,
        stock,
        delta: after - before,
      });
    }
    return after;
  }

  private write(entry: LogEntry): void {
    this.state.log.push(entry);
    this.written.push(entry);
  }

  /** The finished move, accepted: the new state, the move's id and what it wrote. */
  accept(id = this.cause): Accepted {
    return { ok: true, state: this.finish(), id, effects: this.written };
  }

  finish(): SeasonState {
    this.state.random = this.draws.state;
    dealIndexes.set(this.state.deals, this.dealIndex);
    return this.state;
  }
}
