/**
 * A decision: one deal (or one lost deal) and what the manager can do about
 * it, each option with its hours shown before choosing. Coaching opens a
 * conversation (the deal's authored story, or the generic one: the rep's
 * plan, then ask or tell about its weakest idea); a rescue asks what to
 * give away; a review talks the loss through. The scene sends the move and
 * shows what it did; the model decides everything.
 */
import type Phaser from 'phaser';
import { type Actor, createActor } from 'xstate';
import { effectWords } from '../app/effectWords';
import {
  type ConversationMachine,
  createConversationMachine,
} from '../content/conversationMachine';
import {
  doseLine,
  fillLine,
  ideaLines,
  letGoLine,
  requestAnswerWords,
  rescueAftermath,
  rescueMoves,
  reviewFeedback,
  reviewQuestion,
  situationLines,
  stayOutLine,
  styleFeedback,
} from '../content/genericCoaching';
import type { Story } from '../content/story';
import type { PersonEffect } from '../sim/decisionEffects';
import type { Move } from '../sim/decisions';
import type { DecisionView, OddsBand } from '../sim/decisionView';
import type { ActionOption, InboxKind } from '../sim/selectors';
import {
  type CoachingStyle,
  concessionNames,
  dealIdeaNames,
  dealStageNames,
  dealStages,
} from '../sim/vocabulary';
import { Avatar } from '../ui/Avatar';
import { hours, money } from '../ui/format';
import { ideaIcon } from '../ui/icons';
import { iconTexture } from '../ui/iconTexture';
import {
  corner,
  decision,
  iconSize,
  panel,
  type Region,
  smallGap,
  space,
  stroke,
} from '../ui/layout';
import { Meter } from '../ui/Meter';
import { addPanel } from '../ui/Panel';
import { meaning, palette, repColours } from '../ui/palette';
import { fitWidth, lineHeight, textStyle } from '../ui/typography';
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

interface Line {
  speaker: string;
  text: string;
  tone: 'rep' | 'manager' | 'narrator' | 'feedback';
}

interface Choice {
  label: string;
  aside?: string;
  detail?: string;
  action: 'choose' | 'coach' | 'rescue' | 'review' | 'stay-out' | 'advance';
  unavailable?: boolean;
  onChoose: () => void;
}

const stockMeters = [
  { stock: 'capability', icon: 'capability', colour: meaning.capability, name: 'Capability' },
  { stock: 'ownership', icon: 'ownership', colour: meaning.ownership, name: 'Ownership' },
  { stock: 'morale', icon: 'morale', colour: meaning.morale, name: 'Morale' },
] as const;

const bandWords = (band: OddsBand) =>
  `${Math.round(band.low * 100)}–${Math.round(band.high * 100)} %`;

export class DecisionScene extends BaseScene {
  private opened!: DecisionData;
  private view!: DecisionView;
  private layer!: Phaser.GameObjects.Container;
  private dealLayer!: Phaser.GameObjects.Container;
  private conversation: Actor<ConversationMachine> | undefined;
  /** Lines already announced, so each is spoken once. */
  private readonly spoken = new Set<string>();
  private lastHeading = '';

  constructor() {
    super(SceneKey.decision);
  }

  create(data: DecisionData): void {
    this.opened = data;
    this.spoken.clear();
    this.lastHeading = '';
    const view = this.session.decision(data.dealId);
    if (!view) {
      this.go(SceneKey.board);
      return;
    }
    this.view = view;
    this.session.openDeal(data.dealId);
    this.enter('decision', this.session.week, {
      heading: `Decision: ${data.title}`,
      lines: this.dealWords(view),
    });
    this.addHeader('Decision', `Week ${this.session.week}`);
    this.dealLayer = this.add.container(0, 0);
    this.drawDeal(view);
    this.layer = this.add.container(0, 0);
    this.onShutdown(() => {
      this.conversation?.stop();
      this.conversation = undefined;
    });
    this.showOptions();
  }

  // ─── The deal panel ────────────────────────────────────────────────────

  private dealWords(view: DecisionView): string[] {
    const currency = this.session.facts.currency;
    const rep = view.rep;
    return [
      `${view.customer}, ${money(view.value, currency)}, ${view.status === 'lost' ? 'lost' : view.status === 'won' ? 'won' : dealStageNames[view.status]}. ${rep ? `${rep.name}'s deal.` : ''}`,
      ...(rep
        ? [
            `${rep.name}: capability ${Math.round(rep.capability * 100)}, ownership ${Math.round(rep.ownership * 100)}, morale ${Math.round(rep.morale * 100)}.`,
          ]
        : []),
      view.warnings.length > 0
        ? `Warning signs: ${view.warnings.map((w) => w.text).join('; ')}.`
        : 'No warning signs showing.',
      `You have ${hours(view.hoursLeft)} free this week.`,
    ];
  }

  /** Draws (or redraws, after a move) the deal panel on the left. */
  private drawDeal(view: DecisionView): void {
    for (const child of [...this.dealLayer.list]) child.destroy();
    const before = new Set(this.children.list);
    this.drawDealPanel(view);
    for (const child of [...this.children.list]) {
      if (!before.has(child) && child !== this.dealLayer) this.dealLayer.add(child);
    }
  }

  private drawDealPanel(view: DecisionView): void {
    const currency = this.session.facts.currency;
    const inner = addPanel(this, decision.deal);
    let y = inner.y;
    const name = this.add.text(
      inner.x,
      y,
      view.customer,
      textStyle('heading', { bold: true, wrap: inner.width }),
    );
    y += name.height + space.xs;
    const stageWord =
      view.status === 'lost' ? 'Lost' : view.status === 'won' ? 'Won' : dealStageNames[view.status];
    this.add.text(
      inner.x,
      y,
      `${money(view.value, currency)} · ${stageWord}`,
      textStyle('body', { colour: palette.inkMuted }),
    );
    y += lineHeight('body') + space.lg;
    // The stage track: where the deal is on its way to a decision. One row
    // when every stage name fits its pill, else two (at a large text size).
    const track = decision.stageTrack;
    const names = dealStages.map((stage) => {
      const probe = this.add.text(0, 0, dealStageNames[stage], textStyle('small'));
      const width = probe.width;
      probe.destroy();
      return width;
    });
    const oneRowWidth = (inner.width - track.gap * (dealStages.length - 1)) / dealStages.length;
    const perRow = names.every((w) => w + space.lg <= oneRowWidth) ? dealStages.length : 3;
    const pillWidth = (inner.width - track.gap * (perRow - 1)) / perRow;
    dealStages.forEach((stage, index) => {
      const x = inner.x + (index % perRow) * (pillWidth + track.gap);
      const pillY = y + Math.floor(index / perRow) * (track.height + track.gap);
      const current = index === view.stageIndex;
      const past = view.stageIndex >= 0 && index < view.stageIndex;
      this.add
        .rectangle(
          x,
          pillY,
          pillWidth,
          track.height,
          current ? palette.skyBlue : past ? palette.panelRaised : palette.panel,
        )
        .setOrigin(0, 0)
        .setRounded(corner.badge)
        .setStrokeStyle(
          current ? stroke.thick : stroke.thin,
          current ? palette.yellow : palette.line,
        );
      const label = this.add
        .text(
          x + pillWidth / 2,
          pillY + track.height / 2,
          dealStageNames[stage],
          textStyle('small', {
            colour: current ? palette.inkDark : past ? palette.ink : palette.inkMuted,
          }),
        )
        .setOrigin(0.5);
      fitWidth(label, pillWidth - space.sm);
    });
    const rows = Math.ceil(dealStages.length / perRow);
    y += rows * track.height + (rows - 1) * track.gap + space.xxl;
    const rep = view.rep;
    if (rep) {
      const index = this.session.repSlot(rep.id);
      new Avatar(
        this,
        inner.x + decision.repAvatar / 2,
        y + decision.repAvatar / 2,
        decision.repAvatar,
        {
          name: rep.name,
          colour: repColours[index % repColours.length] ?? palette.skyBlue,
          mood: rep.morale,
          isNew: rep.isNew,
        },
      );
      const textX = inner.x + decision.repAvatar + space.lg;
      const repName = this.add.text(
        textX,
        y + space.hair,
        rep.name,
        textStyle('body', { bold: true }),
      );
      fitWidth(repName, inner.x + inner.width - textX);
      this.add.text(
        textX,
        repName.y + repName.height + space.xs,
        `${rep.openDeals} open deals${rep.isNew ? ' · new on the team' : ''}`,
        textStyle('small', { colour: palette.inkMuted }),
      );
      y += decision.repAvatar + space.lg;
      const bio = this.add.text(
        inner.x,
        y,
        rep.bio,
        textStyle('small', {
          colour: palette.inkMuted,
          wrap: inner.width,
          maxLines: decision.bioLines,
        }),
      );
      y += bio.height + space.md;
      stockMeters.forEach((meter) => {
        new Meter(this, inner.x, y + decision.meterRow / 2, {
          icon: meter.icon,
          colour: meter.colour,
          barWidth: decision.meterBar,
          value: rep[meter.stock],
          label: meter.name,
        });
        y += decision.meterRow;
      });
      y += space.md;
    }
    this.add.text(
      inner.x,
      y,
      view.kind === 'loss' ? 'What went wrong' : 'Warning signs',
      textStyle('body', { bold: true }),
    );
    y += lineHeight('body', true) + space.md;
    if (view.kind === 'loss') {
      const weak = this.add.text(
        inner.x,
        y,
        `The plan was weakest on ${dealIdeaNames[view.weakIdea]}.`,
        textStyle('small', { wrap: inner.width, colour: palette.inkMuted }),
      );
      y += weak.height + space.md;
    } else if (view.warnings.length === 0) {
      this.add.text(inner.x, y, 'None showing.', textStyle('small', { colour: palette.inkMuted }));
      y += decision.warningRow;
    }
    for (const warning of view.warnings) {
      this.add
        .image(inner.x, y + lineHeight('small') / 2, iconTexture(this, ideaIcon(warning.idea)))
        .setOrigin(0, 0.5)
        .setDisplaySize(iconSize.small, iconSize.small)
        .setTint(meaning.warning);
      const text = this.add.text(
        inner.x + iconSize.small + space.md,
        y,
        warning.text,
        textStyle('small'),
      );
      fitWidth(text, inner.width - iconSize.small - space.md);
      y += decision.warningRow;
      if (y > inner.y + inner.height - decision.footerRoom) break;
    }
    const flags = [
      ...(view.rescued ? ['You rescued this deal'] : []),
      ...(view.coachedStages > 0
        ? [`Coached in ${view.coachedStages} stage${view.coachedStages === 1 ? '' : 's'}`]
        : []),
    ];
    // At the foot: the hours left this week, and above it what you already did here.
    const footY = inner.y + inner.height - space.lg;
    this.add
      .image(inner.x, footY, iconTexture(this, 'hours'))
      .setOrigin(0, 0.5)
      .setDisplaySize(iconSize.small, iconSize.small)
      .setTint(meaning.committed);
    this.add
      .text(
        inner.x + iconSize.small + space.md,
        footY,
        `${hours(view.hoursLeft)} free this week`,
        textStyle('small', { bold: true }),
      )
      .setOrigin(0, 0.5);
    if (flags.length > 0) {
      this.add
        .text(
          inner.x,
          footY - lineHeight('small') - space.sm,
          flags.join(' · '),
          textStyle('small', { colour: palette.inkMuted, wrap: inner.width }),
        )
        .setOrigin(0, 0.5);
    }
  }

  // ─── The talk panel: lines above, choices below ─────────────────────────

  private clearStep(): void {
    for (const child of [...this.layer.list]) child.destroy();
  }

  private keep<T extends Phaser.GameObjects.GameObject>(object: T): T {
    this.layer.add(object);
    return object;
  }

  /** Draws a step: a heading, the latest lines of the conversation, the choices, and a way back. */
  private drawStep(config: {
    heading: string;
    lines: Line[];
    choices: Choice[];
    back?: { label: string; onChoose: () => void };
    note?: string;
  }): void {
    this.clearStep();
    this.tellStep(config.heading, config.lines, config.note);
    const area = decision.talk;
    this.keep(
      this.add
        .rectangle(area.x, area.y, area.width, area.height, palette.panel)
        .setOrigin(0, 0)
        .setRounded(corner.panel)
        .setStrokeStyle(stroke.thin, palette.line),
    );
    const inner: Region = {
      x: area.x + panel.padding,
      y: area.y + panel.padding,
      width: area.width - 2 * panel.padding,
      height: area.height - 2 * panel.padding,
    };
    const heading = this.keep(
      this.add.text(
        inner.x,
        inner.y - space.xs,
        config.heading,
        textStyle('subheading', { bold: true, wrap: inner.width }),
      ),
    );
    // Choices from the bottom up.
    let bottom = inner.y + inner.height;
    if (config.back) {
      const back = config.back;
      const made = this.button({
        region: {
          x: inner.x,
          y: bottom - decision.back.height,
          width: inner.width,
          height: decision.back.height,
        },
        label: back.label,
        action: 'choose',
        variant: 'quiet',
        onActivate: () => {
          this.app.playChoice();
          back.onChoose();
        },
      });
      this.keep(made);
      bottom -= decision.back.height + decision.choice.gap;
    }
    // Focus starts on the first choice that can be taken, never on a barred one.
    const firstOpen = Math.max(
      0,
      config.choices.findIndex((choice) => !choice.unavailable),
    );
    const made = config.choices.map((choice, index) =>
      this.keep(
        this.button({
          region: { x: inner.x, y: 0, width: inner.width, height: decision.choice.minHeight },
          label: choice.label,
          ...(choice.aside ? { aside: choice.aside } : {}),
          ...(choice.detail ? { detail: choice.detail } : {}),
          action: choice.action,
          variant: choice.action === 'advance' ? 'primary' : 'choice',
          shortcut: choice.action === 'advance' ? undefined : index + 1,
          primary: choice.action === 'advance',
          autofocus: index === firstOpen,
          unavailable: Boolean(choice.unavailable),
          autoHeight: true,
          onActivate: () => {
            this.app.playChoice();
            choice.onChoose();
          },
        }),
      ),
    );
    const choicesHeight = made.reduce((sum, b) => sum + b.buttonHeight + decision.choice.gap, 0);
    // Long choices (large text) take the heading down a size, so they stay above the way back.
    if (heading.y + heading.height + smallGap + choicesHeight > bottom) {
      heading.setStyle(textStyle('body', { bold: true, wrap: inner.width }));
    }
    const top = heading.y + heading.height + smallGap;
    // Lines from the newest back, as many as fit above the choices.
    let room = bottom - choicesHeight - top - smallGap;
    let note: Phaser.GameObjects.Text | undefined;
    if (config.note) {
      note = this.keep(
        this.add.text(
          inner.x,
          0,
          config.note,
          textStyle('body', { bold: true, colour: palette.yellow, wrap: inner.width }),
        ),
      );
      room -= note.height + smallGap;
    }
    const bubbles: Phaser.GameObjects.Container[] = [];
    for (const line of [...config.lines].reverse()) {
      const bubble = this.bubble(line, inner.width);
      const height = bubble.getData('height') as number;
      if (height > room) {
        bubble.destroy();
        break;
      }
      bubbles.unshift(bubble);
      room -= height + decision.bubble.gap;
    }
    // The conversation reads down the panel: lines, then the note, then the choices.
    let y = top;
    for (const bubble of bubbles) {
      bubble.setPosition(inner.x, y);
      y += (bubble.getData('height') as number) + decision.bubble.gap;
    }
    if (note) {
      note.setY(y + space.xs);
      y += note.height + smallGap + space.xs;
    }
    y += smallGap;
    for (const b of made) {
      b.placeAt(b.x, y);
      y += b.buttonHeight + decision.choice.gap;
    }
    this.focusFirst();
  }

  /**
   * Screen-reader users get the step in words: the deal, then the
   * conversation so far; the newest lines are announced.
   */
  private tellStep(heading: string, lines: Line[], note?: string): void {
    const said = lines.map((line) => `${line.speaker}: ${line.text}`);
    this.app.dom.describe('screen', {
      heading: `Decision: ${heading}`,
      lines: [...(note ? [note] : []), ...said, ...this.dealWords(this.view)],
    });
    const fresh = lines.filter((line) => !this.spoken.has(line.text));
    for (const line of lines) this.spoken.add(line.text);
    const newHeading = heading !== this.lastHeading;
    this.lastHeading = heading;
    const words = [
      ...(newHeading ? [`${heading}.`] : []),
      ...(note ? [note] : []),
      ...fresh.map((line) => `${line.speaker}: ${line.text}`),
    ];
    if (words.length > 0) this.app.page.announce(words.join(' '));
  }

  private bubble(line: Line, width: number): Phaser.GameObjects.Container {
    const pad = decision.bubble.padding;
    const indent = line.tone === 'manager' ? decision.bubble.indent : 0;
    const bubbleWidth = width - decision.bubble.indent;
    const fill =
      line.tone === 'rep'
        ? palette.panelRaised
        : line.tone === 'manager'
          ? palette.blue
          : palette.panel;
    const container = this.keep(this.add.container(0, 0));
    const speaker = this.add.text(
      indent + pad,
      pad - space.xs,
      line.speaker,
      textStyle('small', {
        bold: true,
        colour: line.tone === 'feedback' ? palette.yellow : palette.inkMuted,
      }),
    );
    const text = this.add.text(
      indent + pad,
      speaker.y + speaker.height + space.xs,
      line.text,
      textStyle(line.tone === 'feedback' ? 'small' : 'body', {
        wrap: bubbleWidth - 2 * pad,
        colour: palette.ink,
      }),
    );
    const height = text.y + text.height + pad;
    const background = this.add
      .rectangle(indent, 0, bubbleWidth, height, fill)
      .setOrigin(0, 0)
      .setRounded(corner.card)
      .setStrokeStyle(stroke.thin, line.tone === 'feedback' ? palette.yellow : palette.line);
    container.add([background, speaker, text]);
    container.setData('height', height);
    return container;
  }

  // ─── Steps ──────────────────────────────────────────────────────────────

  private get repName(): string {
    return this.view.rep?.name ?? 'The rep';
  }

  private names() {
    return { customer: this.view.customer, rep: this.repName };
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

  private optionChoice(option: ActionOption): Choice {
    const rep = this.repName;
    const base = { action: option.action, unavailable: Boolean(option.unavailable) } as const;
    const reason = option.unavailable;
    const answer = option.answer ? requestAnswerWords[option.answer] : undefined;
    const names = this.names();
    switch (option.action) {
      case 'coach':
        return {
          ...base,
          label: answer ? fillLine(answer.label, names) : `Coach ${rep} on the deal`,
          aside: hours(option.hours),
          detail:
            reason ??
            [
              answer
                ? fillLine(answer.detail, names)
                : 'Talk the plan through while it can still change. Builds capability.',
              ...(option.dose ? [doseLine(option.dose)] : []),
            ].join(' '),
          onChoose: () => this.startCoaching(),
        };
      case 'rescue': {
        const rescue = this.view.rescue;
        return {
          ...base,
          label: answer ? fillLine(answer.label, names) : 'Rescue it yourself',
          aside: rescue
            ? `${hours(option.hours)} + ${hours(rescue.followUpHours)} next week`
            : hours(option.hours),
          detail:
            reason ??
            `${answer ? `${fillLine(answer.detail, names)} ` : 'Step in late. '}Odds now about ${rescue ? bandWords(rescue.oddsNow) : '?'}.`,
          onChoose: () => this.startRescue(),
        };
      }
      case 'review':
        return {
          ...base,
          label: `Review the loss with ${rep}`,
          aside: hours(option.hours),
          detail: reason ?? 'A blameless look at what happened and what changes now.',
          onChoose: () => this.doReview(),
        };
      default:
        return this.view.kind === 'loss'
          ? {
              ...base,
              label: 'Let it go',
              aside: hours(0),
              detail: 'No review. The lesson fades within a week or two.',
              onChoose: () => this.doStayOut(letGoLine),
            }
          : {
              ...base,
              label: answer ? fillLine(answer.label, names) : 'Stay out',
              aside: option.freesHours ? `frees ${hours(option.freesHours)}` : hours(0),
              detail: answer ? fillLine(answer.detail, names) : `Leave the deal with ${rep}.`,
              onChoose: () => this.doStayOut(stayOutLine),
            };
    }
  }

  private showOptions(note?: string): void {
    this.conversation?.stop();
    this.conversation = undefined;
    const view = this.view;
    const situation = situationLines[this.opened.kind];
    const request = view.request;
    const lines: Line[] = [
      {
        speaker: situation.speaker === 'rep' ? this.repName : 'The situation',
        text: request ? request.says : fillLine(situation.text, this.names()),
        tone: situation.speaker === 'rep' ? 'rep' : 'narrator',
      },
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
    this.drawStep({
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
    this.view = this.session.decision(this.view.dealId) ?? this.view;
    this.showOptions(message);
  }

  private startCoaching(): void {
    const option = this.view.options.find((o) => o.action === 'coach');
    if (option?.unavailable) {
      // Let the model say why: send the move, show its rejection.
      const result = this.session.decide({
        type: 'deal.coach',
        dealId: this.view.dealId,
        style: 'ask',
      });
      this.rejected(result.ok ? '' : result.message);
      return;
    }
    const story = this.session.story(this.view.storyId);
    if (story) this.startStory(story);
    else this.genericCoaching();
  }

  private genericCoaching(): void {
    const lines = ideaLines[this.view.weakIdea];
    const names = this.names();
    const pick = (style: CoachingStyle, said: string) =>
      this.coachAndShow({ type: 'deal.coach', dealId: this.view.dealId, style }, [
        { speaker: 'You', text: said, tone: 'manager' },
        {
          speaker: this.repName,
          text: fillLine(style === 'ask' ? lines.askReply : lines.tellReply, names),
          tone: 'rep',
        },
        { speaker: 'What that did', text: fillLine(styleFeedback[style], names), tone: 'feedback' },
      ]);
    const question = fillLine(lines.question, names);
    const instruction = fillLine(lines.instruction, names);
    this.drawStep({
      heading: `Coaching ${this.repName} on ${this.view.customer}`,
      lines: [{ speaker: this.repName, text: fillLine(lines.plan, names), tone: 'rep' }],
      choices: [
        { label: `Ask: “${question}”`, action: 'choose', onChoose: () => pick('ask', question) },
        {
          label: `Tell: “${instruction}”`,
          action: 'choose',
          onChoose: () => pick('tell', instruction),
        },
      ],
      back: {
        label: 'Cancel: no coaching, back to the options',
        onChoose: () => this.showOptions(),
      },
    });
  }

  /** Sends the coaching to the season, then shows how the conversation went (or why it could not happen). */
  private coachAndShow(move: Extract<Move, { type: 'deal.coach' }>, lines: Line[]): void {
    const result = this.session.decide(move);
    if (!result.ok) {
      this.rejected(result.message);
      return;
    }
    this.showOutcome({
      heading: `You coached ${this.repName} on ${this.view.customer}`,
      lines,
      effects: result.effects,
    });
  }

  private startStory(story: Story): void {
    const actor = createActor(createConversationMachine(story));
    this.conversation = actor;
    actor.start();
    this.storyBeat(story, actor, []);
  }

  private speakerName(speaker: string): string {
    if (speaker === 'rep') return this.repName;
    if (speaker === 'manager') return 'You';
    return 'Narrator';
  }

  private storyBeat(story: Story, actor: Actor<ConversationMachine>, before: Line[]): void {
    const snapshot = actor.getSnapshot();
    const beatId = String(snapshot.value);
    const beat = story.beats[beatId];
    if (!beat) {
      this.showOptions();
      return;
    }
    const said: Line = {
      speaker: this.speakerName(beat.speaker),
      text: beat.text,
      tone: beat.speaker === 'rep' ? 'rep' : beat.speaker === 'manager' ? 'manager' : 'narrator',
    };
    if (snapshot.status === 'done' || beat.choices.length === 0) {
      const taken = snapshot.context.taken.map((step) => step.index);
      this.coachAndShow({ type: 'deal.coach', dealId: this.view.dealId, lines: taken }, [
        ...before,
        said,
        ...(beat.ending
          ? [{ speaker: 'How it ended', text: beat.ending.summary, tone: 'feedback' as const }]
          : []),
      ]);
      return;
    }
    this.drawStep({
      heading: `Coaching ${this.repName} on ${this.view.customer}`,
      lines: [...before, said],
      choices: beat.choices.map((choice, index) => ({
        label: choice.label,
        aside: choice.style === 'ask' ? 'Ask' : 'Tell',
        action: 'choose' as const,
        onChoose: () => {
          actor.send({ type: 'conversation.choose', index });
          this.storyBeat(story, actor, [
            { speaker: 'You', text: choice.label, tone: 'manager' },
            { speaker: 'What that did', text: choice.feedback, tone: 'feedback' },
          ]);
        },
      })),
      back: {
        label: 'Stop here: no coaching, back to the options',
        onChoose: () => this.showOptions(),
      },
    });
  }

  private startRescue(): void {
    const rescue = this.view.rescue;
    const option = this.view.options.find((o) => o.action === 'rescue');
    if (!rescue || option?.unavailable) {
      const result = this.session.decide({
        type: 'deal.rescue',
        dealId: this.view.dealId,
        concession: 'none',
      });
      this.rejected(result.ok ? '' : result.message);
      return;
    }
    const currency = this.session.facts.currency;
    this.drawStep({
      heading: `Rescue ${this.view.customer}: what do you put on the table?`,
      lines: [
        {
          speaker: 'The cost',
          text: `${hours(rescue.hours)} now and ${hours(rescue.followUpHours)} of follow-up next week. The customer decides by week ${rescue.decideByWeek}. ${this.repName} loses ownership and morale, and the rest of the team notices. Odds now about ${bandWords(rescue.oddsNow)}.`,
          tone: 'narrator',
        },
      ],
      choices: rescue.choices.map((choice) => ({
        label: concessionNames[choice.concession],
        aside: `odds ${bandWords(choice.odds)}`,
        ...(choice.givesAway
          ? {
              detail:
                choice.givesAway.kind === 'money'
                  ? `Gives away ${money(choice.givesAway.low, currency)}–${money(choice.givesAway.high, currency)} if it wins`
                  : `Gives away ${choice.givesAway.low}–${choice.givesAway.high} hours of free services if it wins, costing ${money(choice.givesAway.costLow, currency)}–${money(choice.givesAway.costHigh, currency)}`,
            }
          : { detail: 'Gives nothing away' }),
        action: 'choose' as const,
        onChoose: () => {
          const result = this.session.decide({
            type: 'deal.rescue',
            dealId: this.view.dealId,
            concession: choice.concession,
          });
          if (!result.ok) {
            this.rejected(result.message);
            return;
          }
          const names = this.names();
          this.showOutcome({
            heading: `You stepped into ${this.view.customer}`,
            lines: [
              {
                speaker: 'You',
                text: fillLine(rescueMoves[choice.concession], names),
                tone: 'manager',
              },
              {
                speaker: 'What that did',
                text: fillLine(rescueAftermath, names),
                tone: 'feedback',
              },
            ],
            effects: result.effects,
          });
        },
      })),
      back: { label: 'Cancel: no rescue, back to the options', onChoose: () => this.showOptions() },
    });
  }

  private doReview(): void {
    const result = this.session.decide({ type: 'loss.review', dealId: this.view.dealId });
    if (!result.ok) {
      this.rejected(result.message);
      return;
    }
    const names = this.names();
    this.showOutcome({
      heading: `You reviewed the ${this.view.customer} loss with ${this.repName}`,
      lines: [
        { speaker: 'You', text: fillLine(reviewQuestion, names), tone: 'manager' },
        {
          speaker: this.repName,
          text: fillLine(ideaLines[this.view.weakIdea].review, names),
          tone: 'rep',
        },
        { speaker: 'What that did', text: fillLine(reviewFeedback, names), tone: 'feedback' },
      ],
      effects: result.effects,
    });
  }

  /** Stays out of the deal (or lets a loss go), then back to the board with the given line. */
  private doStayOut(line: string): void {
    const result = this.session.decide({ type: 'deal.stayOut', dealId: this.view.dealId });
    if (!result.ok) {
      this.rejected(result.message);
      return;
    }
    this.backToBoard(fillLine(line, this.names()));
  }

  private showOutcome(config: { heading: string; lines: Line[]; effects: PersonEffect[] }): void {
    this.conversation?.stop();
    this.conversation = undefined;
    const updated = this.session.decision(this.view.dealId);
    if (updated) {
      this.view = updated;
      this.drawDeal(updated);
    }
    const effects = effectWords(config.effects);
    const lines = [
      ...config.lines,
      { speaker: 'Meters', text: effects, tone: 'narrator' as const },
    ];
    this.drawStep({
      heading: config.heading,
      lines,
      choices: [
        {
          label: 'Back to the board',
          action: 'advance',
          onChoose: () => this.backToBoard(),
        },
      ],
    });
  }
}
