/**
 * One game being played: the season actor, the scenario it came from, the
 * autosave of its session log, and the sound cues of what the machine emits.
 * Scenes ask it for the selectors' plain data and send the player's
 * decisions through it; it never draws anything and never decides an
 * outcome (the model does).
 */
import { type Actor, createActor } from 'xstate';
import { type CoachingTalk, coachingTalk } from '../content/coachingTalk';
import type { Exchange } from '../content/coachingTalkLines';
import { fillLine } from '../content/genericCoaching';
import type { Scenario } from '../content/scenario';
import type { Story } from '../content/story';
import type { SeasonEmitted } from '../machines/seasonEvents';
import { seasonMachine } from '../machines/seasonMachine';
import { weeksPerQuarter } from '../sim/calendar';
import { decisionEffects, type PersonEffect } from '../sim/decisionEffects';
import { type DecisionLogEntry, decisionLog } from '../sim/decisionLog';
import { type Decision, dated, type Move } from '../sim/decisions';
import { type DecisionView, decisionView } from '../sim/decisionView';
import { type LongRunScore, longRunScore } from '../sim/longRunScore';
import { type LoopReading, loopStrengths } from '../sim/loopStrengths';
import { type CauseChain, causeChain, outcomesOf } from '../sim/outcomeCauses';
import { type QuarterReview, quarterReview } from '../sim/quarterReview';
import { type RoomVoteSummary, roomVoteSummary } from '../sim/roomVotes';
import { type SeasonLedger, seasonLedger } from '../sim/seasonLedger';
import { type SeriesWeek, seasonSeries } from '../sim/seasonSeries';
import { type SeasonSummary, seasonSummary } from '../sim/seasonSummary';
import {
  type BoardView,
  boardView,
  repSlot,
  type SeasonFacts,
  seasonFacts,
} from '../sim/selectors';
import { decisionsOf, type RoomVote, type Session, votesOf } from '../sim/session';
import { decisionTable, type SessionTable, weekTable } from '../sim/sessionTables';
import type { SeasonState } from '../sim/state';
import type { DealStage } from '../sim/vocabulary';
import { type WeekReport, weekReport } from '../sim/weekReport';
import { type RepWeekStocks, weekStocks } from '../sim/weekStocks';
import { type PlayedRoad, playedRoads } from './branchComparison';
import { type PlayedForward, playedForward } from './playedForward';
import { type Road, roadsNotTaken } from './roadsNotTaken';
import { type SaveStorage, writeSave } from './saves';

export type MoveOutcome =
  | { ok: true; id: string; effects: PersonEffect[] }
  | { ok: false; message: string };

export interface SessionOptions {
  scenario: Scenario;
  /** The session to play: a new one, or one read from a save or a file (already checked to replay). */
  session: Session;
  storage?: SaveStorage | undefined;
  /** Called with every event the season machine emits (sound cues, announcements). */
  onEmitted?: (event: SeasonEmitted) => void;
  /** Called when an autosave fails (the game plays on). */
  onSaveFailed?: (reason: string) => void;
}

export type SeasonActor = Actor<typeof seasonMachine>;

/** The debrief's figures that replay the log: worth keeping while the log stays the same. */
interface ReplayedFigures {
  log: DecisionLogEntry[];
  forward: PlayedForward;
  roads: Road[];
  playedRoads: PlayedRoad[];
}

export class GameSession {
  readonly scenario: Scenario;
  private readonly actor: SeasonActor;
  private readonly storage: SaveStorage | undefined;
  private readonly onSaveFailed: ((reason: string) => void) | undefined;
  private readonly subscriptions: { unsubscribe(): void }[] = [];
  /** Where each card stood when the board was last drawn, so it can slide to its new column. */
  readonly shownStages = new Map<string, DealStage>();
  /** What the debrief replays from the log, kept until the log changes (a cache of it). */
  private replayed: { session: Session | undefined; figures: Partial<ReplayedFigures> } = {
    session: undefined,
    figures: {},
  };

  constructor(options: SessionOptions) {
    this.scenario = options.scenario;
    this.storage = options.storage;
    this.onSaveFailed = options.onSaveFailed;
    this.actor = createActor(seasonMachine, {
      input: { setup: options.scenario.setup, session: options.session },
    });
    const onEmitted = options.onEmitted;
    if (onEmitted) this.subscriptions.push(this.actor.on('*', (event) => onEmitted(event)));
    this.actor.start();
  }

  get state(): SeasonState {
    return this.actor.getSnapshot().context.state;
  }

  /** The session log: what the autosave keeps and a download holds. */
  get session(): Session {
    return this.actor.getSnapshot().context.session;
  }

  get seed(): number {
    return this.session.seed;
  }

  get week(): number {
    return Math.min(this.state.week, this.state.weeks);
  }

  get ended(): boolean {
    return this.state.ended;
  }

  /** The season's money and length, for every screen. */
  get facts(): SeasonFacts {
    return seasonFacts(this.state);
  }

  /** A rep's place on the team, which picks their colour. */
  repSlot(repId: string): number {
    return repSlot(this.state, repId);
  }

  board(): BoardView {
    return boardView(this.state);
  }

  decision(dealId: string): DecisionView | undefined {
    return decisionView(this.state, dealId);
  }

  /**
   * The story a deal lives, if any: its coaching conversation (held once; the
   * talk panel holds a generic talk after it), its call and its review.
   */
  story(storyId: string | undefined): Story | undefined {
    return storyId ? this.scenario.stories[storyId] : undefined;
  }

  /**
   * The generic talk coaching this deal now would hold (its rep's plan, the
   * question and the instruction the manager can choose, and the rep's
   * answers), with the customer and the rep named; undefined for a deal not
   * open to coaching.
   */
  coachingTalk(dealId: string): CoachingTalk | undefined {
    const talk = coachingTalk(this.state, dealId);
    const deal = this.state.deals.find((candidate) => candidate.id === dealId);
    if (!talk || !deal) return undefined;
    const names = {
      customer: deal.customer,
      rep: this.state.reps.find((rep) => rep.id === deal.repId)?.name,
    };
    const fill = (exchange: Exchange): Exchange => ({
      line: fillLine(exchange.line, names),
      reply: fillLine(exchange.reply, names),
    });
    return {
      ...talk,
      plan: fillLine(talk.plan, names),
      ask: fill(talk.ask),
      tell: fill(talk.tell),
    };
  }

  report(week: number): WeekReport | undefined {
    return weekReport(this.state, week);
  }

  stocks(week: number): RepWeekStocks[] {
    return weekStocks(this.state, week);
  }

  quarterReview(quarter: number): QuarterReview | undefined {
    return quarterReview(this.state, quarter);
  }

  summary(): SeasonSummary {
    return seasonSummary(this.state);
  }

  /** Every choice of this season with what it took, did and came to. */
  decisionLog(): DecisionLogEntry[] {
    return this.fromLog('log', () =>
      decisionLog(this.scenario.setup, this.seed, decisionsOf(this.session)),
    );
  }

  /** A row per week played with every stock, for export. */
  weekTable(): SessionTable {
    return weekTable(this.state);
  }

  /** A row per decision with what it took, did and came to, for export. */
  decisionTable(): SessionTable {
    return decisionTable(this.decisionLog());
  }

  /** Every win with what it cost, and the share that came through rescues. */
  ledger(): SeasonLedger {
    return seasonLedger(this.state);
  }

  /** What the season leaves behind, weighed over what it booked. */
  score(): LongRunScore {
    return longRunScore(this.state);
  }

  /** The player's style read from this season and played on, beside the coach and the rescuer. */
  forward(): PlayedForward {
    return this.fromLog('forward', () =>
      playedForward(this.scenario, this.seed, decisionsOf(this.session)),
    );
  }

  /** How strongly each of the model's loops drove this season. */
  loops(): LoopReading[] {
    return loopStrengths(this.state);
  }

  /** This season week by week, for the debrief's charts. */
  series(): SeriesWeek[] {
    return seasonSeries(this.state);
  }

  /** The same seed played by the scripted coach and rescuer, as far as this season has gone. */
  roads(): Road[] {
    return this.fromLog('roads', () =>
      roadsNotTaken(this.scenario, this.seed, this.lastWeekPlayed),
    );
  }

  /** The other roads the room played in this session (after a rewind), for the debrief's charts. */
  playedRoads(): PlayedRoad[] {
    return this.fromLog('playedRoads', () =>
      playedRoads(this.scenario.setup, this.session, this.lastWeekPlayed),
    );
  }

  // ─── What led to this (the debrief) ───

  /** Every outcome of the season worth asking about, with the chain of causes that fed it. */
  causeChains(): CauseChain[] {
    const state = this.state;
    return outcomesOf(state).map((outcome) => causeChain(state, outcome));
  }

  /** A figure replayed from the log, computed once for each version of the log. */
  private fromLog<K extends keyof ReplayedFigures>(
    name: K,
    compute: () => ReplayedFigures[K],
  ): ReplayedFigures[K] {
    if (this.replayed.session !== this.session) {
      this.replayed = { session: this.session, figures: {} };
    }
    const figures = this.replayed.figures;
    figures[name] ??= compute();
    return figures[name]!;
  }

  /** The last week played (the one whose results show now). */
  get lastWeekPlayed(): number {
    return this.state.history.length;
  }

  /** True when the week just played closed a quarter. */
  closedQuarter(week: number): boolean {
    return week % weeksPerQuarter === 0;
  }

  /** The deal whose decision is open, if one is. */
  openedDeal: string | undefined;

  /** The manager opens a deal's decision, and later goes back to the board. */
  openDeal(dealId: string): void {
    this.openedDeal = dealId;
    this.actor.send({ type: 'deal.open', dealId });
  }

  closeDeal(): void {
    this.openedDeal = undefined;
    this.actor.send({ type: 'deal.close' });
  }

  /** The room's vote at the open decision goes into the log (and the autosave). */
  recordVote(vote: Omit<RoomVote, 'branch'>): void {
    this.actor.send({ type: 'room.voted', vote });
    this.save();
  }

  /** How the room voted on the way here: which choice it took how often. */
  roomVotes(): RoomVoteSummary {
    return roomVoteSummary(votesOf(this.session));
  }

  /** The quarter review has been read. */
  continueFromQuarter(): void {
    this.actor.send({ type: 'quarter.continue' });
  }

  /** Sends a decision, dated this week; says what it did, or why the model refused it. */
  decide(move: Move): MoveOutcome {
    const decision: Decision = dated(this.state, move);
    const before = this.session;
    this.actor.send(decision);
    const { accepted, rejection } = this.actor.getSnapshot().context;
    if (this.session === before || !accepted) {
      return { ok: false, message: rejection?.message ?? 'That move is not possible now.' };
    }
    this.save();
    return { ok: true, id: accepted.id, effects: decisionEffects(this.state, accepted.effects) };
  }

  /** Plays the week out; returns the number of the week just played. */
  endWeek(): number {
    const week = this.state.week;
    this.decide({ type: 'week.advance' });
    return week;
  }

  /** Weeks the season can go back to the start of: 1 to the week being played. */
  get rewindWeeks(): number {
    return this.week;
  }

  /** Back to the start of an earlier week, on a new branch (the old one is kept). */
  rewind(week: number): boolean {
    const before = this.session;
    this.actor.send({ type: 'season.rewind', week });
    if (this.session === before) return false;
    this.shownStages.clear();
    this.save();
    return true;
  }

  /** The name a downloaded session file gets. */
  get fileName(): string {
    return this.exportName('session', 'json');
  }

  /** The name of a file exported from this session: what it holds, and its kind. */
  exportName(what: string, extension: string): string {
    const kind = what === 'session' ? '' : `-${what}`;
    return `coach-or-rescue-${this.scenario.id}-seed-${this.seed}-week-${this.week}${kind}.${extension}`;
  }

  /** The session as text, for the autosave and a download. */
  sessionBytes(): string {
    return JSON.stringify(this.session);
  }

  save(): void {
    if (!this.storage) return;
    const failed = writeSave(this.storage, this.sessionBytes());
    if (failed) this.onSaveFailed?.(failed);
  }

  dispose(): void {
    for (const subscription of this.subscriptions) subscription.unsubscribe();
    this.actor.stop();
  }
}
