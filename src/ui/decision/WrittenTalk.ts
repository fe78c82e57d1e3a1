/**
 * A written talk on the decision screen (a story's coaching conversation,
 * rescue call or review), stepped by its XState machine: each beat is drawn
 * with its choices; a choice sends the line, shows who said it and its
 * feedback, and moves on; at an ending the lines taken go to `finish`, with
 * the talk so far and how it ended. The three talks differ only in their
 * words, given here.
 */
import { type Actor, createActor } from 'xstate';
import {
  type ConversationMachine,
  createConversationMachine,
  type TalkSource,
} from '../../content/conversationMachine';
import type { Choice } from '../../content/story';
import type { StoryLine } from '../../sim/conversationLines';
import type { Move } from '../../sim/decisions';
import { type DecisionHost, speakerLine, type TalkLine } from './decisionHost';

type Line = StoryLine & { label: string; feedback: string };

export interface TalkWords<C extends Line> {
  heading: string;
  /** Beside and under a choice: its style, who leads, what it gives. */
  terms(choice: C): { aside?: string; detail?: string };
  /** Who says the line once chosen. */
  saidBy(choice: C): TalkLine;
  /** The heading of the ending's summary. */
  ending: string;
  /** The way out before the end. */
  back: string;
  /** Sends the decision the lines make, and shows what it did. */
  finish(lines: number[], said: TalkLine[]): void;
}

export class WrittenTalk<C extends Line = Choice> {
  private actor: Actor<ConversationMachine<C>> | undefined;

  constructor(private readonly host: DecisionHost) {}

  stop(): void {
    this.actor?.stop();
    this.actor = undefined;
  }

  start(talk: TalkSource<C>, words: TalkWords<C>, before: TalkLine[] = []): void {
    this.stop();
    const actor = createActor(createConversationMachine<C>(talk));
    this.actor = actor;
    actor.start();
    this.beat(talk, words, actor, before);
  }

  private beat(
    talk: TalkSource<C>,
    words: TalkWords<C>,
    actor: Actor<ConversationMachine<C>>,
    before: TalkLine[],
  ): void {
    const view = this.host.view();
    const snapshot = actor.getSnapshot();
    const beat = talk.beats[String(snapshot.value)];
    if (!beat) {
      this.host.showOptions();
      return;
    }
    const said = speakerLine(beat.speaker, beat.text, view);
    if (snapshot.status === 'done' || beat.choices.length === 0) {
      words.finish(
        snapshot.context.taken.map((step) => step.index),
        [
          ...before,
          said,
          ...(beat.ending
            ? [{ speaker: words.ending, text: beat.ending.summary, tone: 'feedback' as const }]
            : []),
        ],
      );
      return;
    }
    this.host.drawStep({
      heading: words.heading,
      lines: [...before, said],
      choices: beat.choices.map((choice, index) => ({
        label: choice.label,
        ...words.terms(choice),
        action: 'choose' as const,
        onChoose: () => {
          actor.send({ type: 'conversation.choose', index });
          this.beat(talk, words, actor, [
            words.saidBy(choice),
            { speaker: 'What that did', text: choice.feedback, tone: 'feedback' },
          ]);
        },
      })),
      back: { label: words.back, onChoose: () => this.host.showOptions() },
    });
  }
}

/**
 * A talk of the decision screen (coaching, the rescue call, the review):
 * its written talk to step, and the way to let the model say why the talk
 * cannot be held now.
 */
export abstract class DecisionTalk<C extends Line = Choice> {
  protected readonly written: WrittenTalk<C>;

  constructor(protected readonly host: DecisionHost) {
    this.written = new WrittenTalk<C>(host);
  }

  stop(): void {
    this.written.stop();
  }

  abstract start(): void;

  /** The option is barred: send the move anyway, so the model's refusal says why. */
  protected refused(move: Move): void {
    const result = this.host.session.decide(move);
    this.host.rejected(result.ok ? '' : result.message);
  }
}
