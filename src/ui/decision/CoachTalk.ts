/**
 * The coaching talk: the story deal's written conversation (stepped by its
 * XState machine, line by line, each line's feedback shown) the first time,
 * else the generic one: the rep's plan, then ask or tell about its weakest
 * idea. The lines taken become the coaching decision.
 */
import { type Actor, createActor } from 'xstate';
import {
  type ConversationMachine,
  createConversationMachine,
} from '../../content/conversationMachine';
import { fillLine, ideaLines, styleFeedback } from '../../content/genericCoaching';
import type { Story } from '../../content/story';
import type { Move } from '../../sim/decisions';
import type { CoachingStyle } from '../../sim/vocabulary';
import { type DecisionHost, namesOf, repNameOf, speakerLine, type TalkLine } from './decisionHost';

export class CoachTalk {
  private actor: Actor<ConversationMachine> | undefined;

  constructor(private readonly host: DecisionHost) {}

  stop(): void {
    this.actor?.stop();
    this.actor = undefined;
  }

  start(): void {
    const view = this.host.view();
    const option = view.options.find((o) => o.action === 'coach');
    if (option?.unavailable) {
      // Let the model say why: send the move, show its rejection.
      const result = this.host.session.decide({
        type: 'deal.coach',
        dealId: view.dealId,
        style: 'ask',
      });
      this.host.rejected(result.ok ? '' : result.message);
      return;
    }
    const story = this.host.session.story(view.storyId);
    if (story && !view.conversationHeld && !view.request) this.startStory(story);
    else this.generic();
  }

  private heading(): string {
    const view = this.host.view();
    return `Coaching ${repNameOf(view)} on ${view.customer}`;
  }

  private generic(): void {
    const view = this.host.view();
    const lines = ideaLines[view.weakIdea];
    const names = namesOf(view);
    const rep = repNameOf(view);
    const pick = (style: CoachingStyle, said: string) =>
      this.coachAndShow({ type: 'deal.coach', dealId: view.dealId, style }, [
        { speaker: 'You', text: said, tone: 'manager' },
        {
          speaker: rep,
          text: fillLine(style === 'ask' ? lines.askReply : lines.tellReply, names),
          tone: 'rep',
        },
        { speaker: 'What that did', text: fillLine(styleFeedback[style], names), tone: 'feedback' },
      ]);
    const question = fillLine(lines.question, names);
    const instruction = fillLine(lines.instruction, names);
    this.host.drawStep({
      heading: this.heading(),
      lines: [{ speaker: rep, text: fillLine(lines.plan, names), tone: 'rep' }],
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
        onChoose: () => this.host.showOptions(),
      },
    });
  }

  /** Sends the coaching to the season, then shows how the conversation went (or why it could not happen). */
  private coachAndShow(move: Extract<Move, { type: 'deal.coach' }>, lines: TalkLine[]): void {
    const result = this.host.session.decide(move);
    if (!result.ok) {
      this.host.rejected(result.message);
      return;
    }
    const view = this.host.view();
    this.host.showOutcome({
      heading: `You coached ${repNameOf(view)} on ${view.customer}`,
      lines,
      effects: result.effects,
    });
  }

  private startStory(story: Story): void {
    this.stop();
    const actor = createActor(createConversationMachine(story));
    this.actor = actor;
    actor.start();
    this.beat(story, actor, []);
  }

  private beat(story: Story, actor: Actor<ConversationMachine>, before: TalkLine[]): void {
    const view = this.host.view();
    const snapshot = actor.getSnapshot();
    const beat = story.beats[String(snapshot.value)];
    if (!beat) {
      this.host.showOptions();
      return;
    }
    const said = speakerLine(beat.speaker, beat.text, view);
    if (snapshot.status === 'done' || beat.choices.length === 0) {
      const taken = snapshot.context.taken.map((step) => step.index);
      this.coachAndShow({ type: 'deal.coach', dealId: view.dealId, lines: taken }, [
        ...before,
        said,
        ...(beat.ending
          ? [{ speaker: 'How it ended', text: beat.ending.summary, tone: 'feedback' as const }]
          : []),
      ]);
      return;
    }
    this.host.drawStep({
      heading: this.heading(),
      lines: [...before, said],
      choices: beat.choices.map((choice, index) => ({
        label: choice.label,
        aside: choice.style === 'ask' ? 'Ask' : 'Tell',
        action: 'choose' as const,
        onChoose: () => {
          actor.send({ type: 'conversation.choose', index });
          this.beat(story, actor, [
            { speaker: 'You', text: choice.label, tone: 'manager' },
            { speaker: 'What that did', text: choice.feedback, tone: 'feedback' },
          ]);
        },
      })),
      back: {
        label: 'Stop here: no coaching, back to the options',
        onChoose: () => this.host.showOptions(),
      },
    });
  }
}
