/**
 * A decision: one deal (or one lost deal) and what the manager can do about
 * it, each option with its hours shown before choosing. The screen is made
 * of widgets in the game's words: the deal panel on the left, the talk panel
 * on the right, and the talks it holds (coaching, the rescue call, the
 * review). The scene sends the move and shows what it did; the model
 * decides everything.
 */
import type Phaser from 'phaser';
import { effectWords } from '../app/effectWords';
import {
  fillLine,
  letGoLine,
  requestAnswerWords,
  situationLines,
  stayOutLine,
} from '../content/genericCoaching';
import { storyLineWords, storySoFarLines } from '../content/storyWords';
import type { Move } from '../sim/decisions';
import type { DecisionView } from '../sim/decisionView';
import type { ActionOption, InboxKind } from '../sim/selectors';
import type { ActionButtonConfig } from '../ui/ActionButton';
import { CoachTalk } from '../ui/decision/CoachTalk';
import { dealWords, drawDealPanel } from '../ui/decision/DealPanel';
import {
  type DecisionHost,
  type DecisionOutcome,
  firstNameOf,
  namesOf,
  repNameOf,
  type TalkChoice,
  type TalkLine,
  type TalkStep,
} from '../ui/decision/decisionHost';
import { optionWords } from '../ui/decision/optionWords';
import { RescueCall } from '../ui/decision/RescueCall';
import { ReviewTalk } from '../ui/decision/ReviewTalk';
import { TalkPanel } from '../ui/decision/TalkPanel';
import { hours } from '../ui/format';
import { BaseScene } from './BaseScene';
import type { BoardData } from './BoardScene';
import { SceneKey } from './sceneKeys';

export interface DecisionData {
  dealId: string;
  kind: InboxKind;
  title: string;
  /** The item's place in the inbox, to come back to. */
  index: number;
  /** The inbox page it was on. */
  page?: number;
}

export class DecisionScene extends BaseScene {
  private opened!: DecisionData;
  private current!: DecisionView;
  private dealLayer!: Phaser.GameObjects.Container;
  private talk!: TalkPanel;
  private coaching!: CoachTalk;
  private call!: RescueCall;
  private review!: ReviewTalk;

  constructor() {
    super(SceneKey.decision);
  }

  create(data: DecisionData): void {
    this.opened = data;
    const view = this.session.decision(data.dealId);
    if (!view) {
      this.go(SceneKey.board);
      return;
    }
    this.current = view;
    this.session.openDeal(data.dealId);
    this.enter('decision', this.session.week, {
      heading: `Decision: ${data.title}`,
      lines: dealWords(view, this.session.facts.currency),
    });
    this.addHeader('Decision', `Week ${this.session.week}`);
    this.dealLayer = this.add.container(0, 0);
    this.drawDeal(view);
    const host = this.host();
    this.talk = new TalkPanel(this, this.add.container(0, 0), {
      app: this.app,
      button: (config) => this.button(config),
      focusFirst: () => this.focusFirst(),
      dealWords: () => dealWords(this.current, this.session.facts.currency),
    });
    this.coaching = new CoachTalk(host);
    this.call = new RescueCall(host);
    this.review = new ReviewTalk(host);
    this.onShutdown(() => this.stopTalks());
    this.showOptions();
  }

  /** What the widgets see of the screen. */
  private host(): DecisionHost {
    return {
      scene: this,
      app: this.app,
      session: this.session,
      button: (config: ActionButtonConfig) => this.button(config),
      focusFirst: () => this.focusFirst(),
      view: () => this.current,
      drawStep: (step: TalkStep) => this.talk.draw(step),
      showOptions: (note?: string) => this.showOptions(note),
      rejected: (message: string) => this.rejected(message),
      showOutcome: (outcome: DecisionOutcome) => this.showOutcome(outcome),
      decideAndShow: (move: Move, heading: string, lines: TalkLine[]) => {
        const result = this.session.decide(move);
        if (!result.ok) this.rejected(result.message);
        else this.showOutcome({ heading, lines, effects: result.effects });
      },
    };
  }

  private stopTalks(): void {
    this.coaching?.stop();
    this.call?.stop();
    this.review?.stop();
  }

  /** Draws (or redraws, after a move) the deal panel on the left. */
  private drawDeal(view: DecisionView): void {
    for (const child of [...this.dealLayer.list]) child.destroy();
    const before = new Set(this.children.list);
    drawDealPanel(this, view, {
      currency: this.session.facts.currency,
      repSlot: (repId) => this.session.repSlot(repId),
    });
    for (const child of [...this.children.list]) {
      if (!before.has(child) && child !== this.dealLayer) this.dealLayer.add(child);
    }
  }

  private backToBoard(notice?: string): void {
    const data: BoardData = {
      focus: this.opened.index,
      ...(this.opened.page ? { page: this.opened.page } : {}),
      ...(notice ? { notice } : {}),
    };
    this.session.closeDeal();
    this.go(SceneKey.board, data);
  }

  private optionChoice(option: ActionOption): TalkChoice {
    const words = optionWords(this.current, option);
    const start: Record<ActionOption['action'], () => void> = {
      coach: () => this.coaching.start(),
      rescue: () => this.call.start(),
      review: () => this.review.start(),
      'stay-out': () => this.doStayOut(this.current.kind === 'loss' ? letGoLine : stayOutLine),
    };
    return {
      ...words,
      action: option.action,
      unavailable: Boolean(option.unavailable),
      onChoose: start[option.action],
    };
  }

  /** A story deal's life so far, each beat with why it went that way. */
  private storyLines(): TalkLine[] {
    const view = this.current;
    const story = this.session.story(view.storyId);
    if (!story || !view.storySoFar) return [];
    return storySoFarLines(story, view.storySoFar, firstNameOf(view)).map((line) => ({
      speaker: `Week ${line.week}`,
      text: storyLineWords(line),
      tone: 'narrator' as const,
      compact: true,
    }));
  }

  private showOptions(note?: string): void {
    this.stopTalks();
    const view = this.current;
    const situation = situationLines[this.opened.kind];
    const request = view.request;
    // A story's crisis this week is the situation, in its own words.
    const crisisNow = view.storySoFar?.crisisWeek === this.session.week && !request;
    const lines: TalkLine[] = [
      ...this.storyLines(),
      ...(crisisNow
        ? []
        : [
            {
              speaker: situation.speaker === 'rep' ? repNameOf(view) : 'The situation',
              text: request ? request.says : fillLine(situation.text, namesOf(view)),
              tone: situation.speaker === 'rep' ? ('rep' as const) : ('narrator' as const),
            },
          ]),
      ...(request
        ? [
            {
              speaker: 'The situation',
              text: `${requestAnswerWords.left} (${hours(request.hoursIfLeft)})`,
              tone: 'narrator' as const,
            },
          ]
        : []),
    ];
    this.talk.draw({
      heading: this.opened.title,
      lines,
      choices: view.options.map((option) => this.optionChoice(option)),
      back: { label: 'Back to the board, decide later', onChoose: () => this.backToBoard() },
      ...(note ? { note } : {}),
    });
  }

  /** A rejected move: say why, and offer the options again. */
  private rejected(message: string): void {
    this.app.page.announce(message);
    this.current = this.session.decision(this.current.dealId) ?? this.current;
    this.showOptions(message);
  }

  /** Stays out of the deal (or lets a loss go), then back to the board with the given line. */
  private doStayOut(line: string): void {
    const result = this.session.decide({ type: 'deal.stayOut', dealId: this.current.dealId });
    if (!result.ok) {
      this.rejected(result.message);
      return;
    }
    this.backToBoard(fillLine(line, namesOf(this.current)));
  }

  private showOutcome(outcome: DecisionOutcome): void {
    this.stopTalks();
    const updated = this.session.decision(this.current.dealId);
    if (updated) {
      this.current = updated;
      this.drawDeal(updated);
    }
    this.talk.draw({
      heading: outcome.heading,
      lines: [
        ...outcome.lines,
        { speaker: 'Meters', text: effectWords(outcome.effects), tone: 'narrator' },
      ],
      choices: [
        { label: 'Back to the board', action: 'advance', onChoose: () => this.backToBoard() },
      ],
    });
  }
}
