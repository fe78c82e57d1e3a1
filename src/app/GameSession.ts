/**
 * One game being played: the season actor, the scenario it came from, the
 * autosave, and the sound cues of what the machine emits. Scenes ask it for
 * the selectors' plain data and send the player's moves through it; it never
 * draws anything and never decides an outcome (the machines and the model do).
 */
import { type Actor, createActor, type Snapshot } from 'xstate';
import type { Scenario } from '../content/scenario';
import type { Story } from '../content/story';
import type { MoveEvent, SeasonEmitted } from '../machines/seasonEvents';
import { seasonMachine } from '../machines/seasonMachine';
import type { ConversationOutcome } from '../sim/coaching';
import { decisionEffects, type PersonEffect } from '../sim/decisionEffects';
import { type DecisionView, decisionView } from '../sim/decisionView';
import { type QuarterReview, quarterReview } from '../sim/quarterReview';
import { type SeasonSummary, seasonSummary } from '../sim/seasonSummary';
import { type BoardView, boardView, weeksPerQuarter } from '../sim/selectors';
import type { SeasonState } from '../sim/state';
import type { CoachingStyle, Concession, DealStage } from '../sim/vocabulary';
import { type WeekReport, weekReport } from '../sim/weekReport';
import { type RepWeekStocks, weekStocks } from '../sim/weekStocks';
import { type SaveData, type SaveStorage, saveFormat, saveGame } from './saves';

export type MoveOutcome = { ok: true } | { ok: false; message: string };

export interface SessionOptions {
  scenario: Scenario;
  fingerprint: string;
  seed: number;
  /** A persisted snapshot to resume from. */
  snapshot?: unknown;
  storage?: SaveStorage | undefined;
  /** Called with every event the season machine emits (sound cues, announcements). */
  onEmitted?: (event: SeasonEmitted) => void;
  /** Called when an autosave fails (the game plays on). */
  onSaveFailed?: (reason: string) => void;
}

export type SeasonActor = Actor<typeof seasonMachine>;

export class GameSession {
  readonly scenario: Scenario;
  readonly seed: number;
  private readonly fingerprint: string;
  private readonly actor: SeasonActor;
  private readonly storage: SaveStorage | undefined;
  private readonly onSaveFailed: ((reason: string) => void) | undefined;
  private readonly subscriptions: { unsubscribe(): void }[] = [];
  /** Where each card stood when the board was last drawn, so it can slide to its new column. */
  readonly shownStages = new Map<string, DealStage>();

  constructor(options: SessionOptions) {
    this.scenario = options.scenario;
    this.seed = options.seed;
    this.fingerprint = options.fingerprint;
    this.storage = options.storage;
    this.onSaveFailed = options.onSaveFailed;
    const input = { setup: options.scenario.setup, seed: options.seed };
    this.actor = options.snapshot
      ? createActor(seasonMachine, {
          snapshot: options.snapshot as Snapshot<unknown> as never,
          input,
        })
      : createActor(seasonMachine, { input });
    const onEmitted = options.onEmitted;
    if (onEmitted) this.subscriptions.push(this.actor.on('*', (event) => onEmitted(event)));
    this.subscriptions.push(this.actor.on('week.advanced', () => this.save()));
    this.actor.start();
  }

  get state(): SeasonState {
    return this.actor.getSnapshot().context.state;
  }

  get week(): number {
    return Math.min(this.state.week, this.state.weeks);
  }

  get ended(): boolean {
    return this.state.ended;
  }

  board(): BoardView {
    return boardView(this.state);
  }

  decision(dealId: string): DecisionView | undefined {
    return decisionView(this.state, dealId);
  }

  /** The authored conversation a deal carries, if any. */
  story(storyId: string | undefined): Story | undefined {
    return storyId ? this.scenario.stories[storyId] : undefined;
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

  /** The effects on the reps of the last accepted decision. */
  lastEffects(): PersonEffect[] {
    return decisionEffects(this.state);
  }

  /** The last week played (the one whose results show now). */
  get lastWeekPlayed(): number {
    return this.state.history.length;
  }

  /** True when the week just played closed a quarter. */
  closedQuarter(week: number): boolean {
    return week % weeksPerQuarter === 0;
  }

  coach(dealId: string, style: CoachingStyle, conversation?: ConversationOutcome): MoveOutcome {
    return this.move({
      type: 'deal.coach',
      dealId,
      style,
      ...(conversation ? { conversation } : {}),
    });
  }

  rescue(dealId: string, concession: Concession): MoveOutcome {
    return this.move({ type: 'deal.rescue', dealId, concession });
  }

  review(dealId: string): MoveOutcome {
    return this.move({ type: 'loss.review', dealId });
  }

  stayOut(dealId: string): MoveOutcome {
    return this.move({ type: 'deal.stayOut', dealId });
  }

  private move(event: MoveEvent): MoveOutcome {
    const before = this.state;
    this.actor.send(event);
    const { state, rejection } = this.actor.getSnapshot().context;
    if (state === before) {
      return { ok: false, message: rejection?.message ?? 'That move is not possible now.' };
    }
    this.save();
    return { ok: true };
  }

  /** Plays the week out; returns the number of the week just played. */
  endWeek(): number {
    const week = this.state.week;
    this.actor.send({ type: 'week.advance' });
    return week;
  }

  saveData(): SaveData {
    return {
      format: saveFormat,
      scenarioId: this.scenario.id,
      scenarioVersion: this.fingerprint,
      seed: this.seed,
      savedWeek: this.state.week,
      snapshot: this.actor.getPersistedSnapshot(),
    };
  }

  /** The save as text, for a download. */
  saveBytes(): string {
    return JSON.stringify(this.saveData());
  }

  save(): void {
    if (!this.storage) return;
    try {
      saveGame(this.storage, this.saveData());
    } catch (error) {
      this.onSaveFailed?.(error instanceof Error ? error.message : String(error));
    }
  }

  dispose(): void {
    for (const subscription of this.subscriptions) subscription.unsubscribe();
    this.actor.stop();
  }
}
