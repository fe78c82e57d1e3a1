/**
 * The talk panel on the right of the decision screen: a heading, the latest
 * lines of the talk as speech bubbles (as many as fit, newest last), a note,
 * the choices (focus on the first that can be taken) and a way back. Screen
 * readers get the step in words, and the new lines are announced once.
 */

import type Phaser from 'phaser';
import type { GameApp } from '../../app/GameApp';
import type { ActionButton, ActionButtonConfig } from '../ActionButton';
import { corner, decision, panel, type Region, smallGap, space, stroke } from '../layout';
import { palette } from '../palette';
import { voteLetters } from '../RoomVote';
import { textStyle } from '../typography';
import type { TalkLine, TalkStep } from './decisionHost';

export interface TalkPanelParts {
  app: GameApp;
  button(config: ActionButtonConfig): ActionButton;
  focusFirst(): void;
  /** The deal in words, read after the talk. */
  dealWords(): string[];
}

export class TalkPanel {
  /** Lines already announced, so each is spoken once. */
  private readonly spoken = new Set<string>();
  private lastHeading = '';

  constructor(
    private readonly scene: Phaser.Scene,
    private readonly layer: Phaser.GameObjects.Container,
    private readonly parts: TalkPanelParts,
  ) {}

  clear(): void {
    for (const child of [...this.layer.list]) child.destroy();
  }

  private keep<T extends Phaser.GameObjects.GameObject>(object: T): T {
    this.layer.add(object);
    return object;
  }

  /** Draws a step: a heading, the latest lines of the conversation, the choices, and a way back. */
  draw(config: TalkStep): void {
    this.clear();
    this.tellStep(config.heading, config.lines, config.note);
    const area = decision.talk;
    this.keep(
      this.scene.add
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
      this.scene.add.text(
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
      const made = this.parts.button({
        region: {
          x: inner.x,
          y: bottom - decision.back.height,
          width: inner.width,
          height: decision.back.height,
        },
        label: back.label,
        action: 'choose',
        variant: 'quiet',
        // With nothing to choose (a deal only looked at), the way back has the focus.
        ...(config.choices.every((choice) => choice.unavailable) ? { autofocus: true } : {}),
        onActivate: () => {
          this.parts.app.playChoice();
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
    const makeChoices = (withDetail: boolean) =>
      config.choices.map((choice, index) =>
        this.keep(
          this.parts.button({
            region: { x: inner.x, y: 0, width: inner.width, height: decision.choice.minHeight },
            label: choice.label,
            ...(choice.aside ? { aside: choice.aside } : {}),
            // Short of room, a choice's detail is left to its words for screen readers.
            ...(choice.detail
              ? withDetail
                ? { detail: choice.detail }
                : { description: choice.detail }
              : {}),
            action: choice.action,
            variant: choice.action === 'advance' ? 'primary' : 'choice',
            shortcut: choice.action === 'advance' ? undefined : index + 1,
            // A room votes on the options by letter: A is the option numbered 1.
            ...(this.parts.app.facilitated && choice.action !== 'advance'
              ? {
                  keyLabel: voteLetters[index] ?? String(index + 1),
                  data: { letter: voteLetters[index] ?? '' },
                }
              : {}),
            primary: choice.action === 'advance',
            autofocus: index === firstOpen,
            unavailable: Boolean(choice.unavailable),
            autoHeight: true,
            onActivate: () => {
              this.parts.app.playChoice();
              choice.onChoose();
            },
          }),
        ),
      );
    let made = makeChoices(true);
    const heightOf = (buttons: typeof made) =>
      buttons.reduce((sum, b) => sum + b.buttonHeight + decision.choice.gap, 0);
    let choicesHeight = heightOf(made);
    // Long choices (large text, a long request) take the heading down a size, and then, if
    // they still would not fit above the way back, go without their details.
    if (heading.y + heading.height + smallGap + choicesHeight > bottom) {
      heading.setStyle(textStyle('body', { bold: true, wrap: inner.width }));
    }
    if (heading.y + heading.height + smallGap + choicesHeight > bottom) {
      for (const button of made) button.destroy();
      made = makeChoices(false);
      choicesHeight = heightOf(made);
    }
    const top = heading.y + heading.height + smallGap;
    // Lines from the newest back, as many as fit above the choices.
    let room = bottom - choicesHeight - top - smallGap;
    let note: Phaser.GameObjects.Text | undefined;
    if (config.note) {
      note = this.keep(
        this.scene.add.text(
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
      let bubble = this.bubble(line, inner.width, line.compact);
      let height = bubble.getData('height') as number;
      // The newest line is what the choices answer: shown in smaller words if it must be.
      if (height > room && bubbles.length === 0) {
        bubble.destroy();
        bubble = this.bubble(line, inner.width, true);
        height = bubble.getData('height') as number;
      }
      // What does not fit is left out (the screen's words keep every line), never drawn under the choices.
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
    // The choices follow the lines, and never reach past the way back.
    y = Math.min(y + smallGap, bottom - choicesHeight);
    for (const b of made) {
      b.placeAt(b.x, y);
      y += b.buttonHeight + decision.choice.gap;
    }
    this.parts.focusFirst();
  }

  /**
   * Screen-reader users get the step in words: the deal, then the
   * conversation so far; the newest lines are announced.
   */
  private tellStep(heading: string, lines: TalkLine[], note?: string): void {
    const said = lines.map((line) => `${line.speaker}: ${line.text}`);
    this.parts.app.dom.describe('screen', {
      heading: `Decision: ${heading}`,
      lines: [...(note ? [note] : []), ...said, ...this.parts.dealWords()],
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
    if (words.length > 0) this.parts.app.page.announce(words.join(' '));
  }

  private bubble(line: TalkLine, width: number, compact = false): Phaser.GameObjects.Container {
    const pad = decision.bubble.padding;
    const indent = line.tone === 'manager' ? decision.bubble.indent : 0;
    const bubbleWidth = width - decision.bubble.indent;
    const fill =
      line.tone === 'rep' || line.tone === 'buyer'
        ? palette.panelRaised
        : line.tone === 'manager'
          ? palette.blue
          : palette.panel;
    const container = this.keep(this.scene.add.container(0, 0));
    const speaker = this.scene.add.text(
      indent + pad,
      pad - space.xs,
      line.speaker,
      textStyle('small', {
        bold: true,
        colour: line.tone === 'feedback' ? palette.yellow : palette.inkMuted,
      }),
    );
    const text = this.scene.add.text(
      indent + pad,
      speaker.y + speaker.height + space.xs,
      line.text,
      textStyle(line.tone === 'feedback' || compact ? 'small' : 'body', {
        wrap: bubbleWidth - 2 * pad,
        colour: palette.ink,
      }),
    );
    const height = text.y + text.height + pad;
    const background = this.scene.add
      .rectangle(indent, 0, bubbleWidth, height, fill)
      .setOrigin(0, 0)
      .setRounded(corner.card)
      .setStrokeStyle(
        line.tone === 'buyer' ? stroke.thick : stroke.thin,
        line.tone === 'feedback'
          ? palette.yellow
          : line.tone === 'buyer'
            ? palette.skyBlue
            : palette.line,
      );
    container.add([background, speaker, text]);
    container.setData('height', height);
    return container;
  }
}
