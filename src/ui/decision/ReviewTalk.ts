/**
 * The review of a loss: on a story deal, its written review talk, stepped by
 * its XState machine: asking what the rep learned, or telling them what they
 * did wrong, each line's feedback after it. The lines taken become the review
 * decision. On other deals, the generic review: one question and the rep's
 * answer about the deal's weakest idea.
 */
import { type Actor, createActor } from 'xstate';
import {
  type ConversationMachine,
  createConversationMachine,
} from '../../content/conversationMachine';
import { fillLine, ideaLines, reviewFeedback, reviewQuestion } from '../../content/genericCoaching';
import type { Story, Talk } from '../../content/story';
import type { Move } from '../../sim/decisions';
import { type DecisionHost, namesOf, repNameOf, speakerLine, type TalkLine } from './decisionHost';

export class ReviewTalk {
  private actor: Actor<ConversationMachine> | undefined;

  constructor(private readonly host: DecisionHost) {}

  stop(): void {
    this.actor?.stop();
    this.actor = undefined;
  }

  start(): void {
    const view = this.host.view();
    const option = view.options.find((o) => o.action === 'review');
    const story = this.host.session.story(view.storyId);
    if (story?.review && !option?.unavailable) this.startTalk(story, story.review);
    else this.generic();
  }

  private reviewAndShow(move: Extract<Move, { type: 'loss.review' }>, lines: TalkLine[]): void {
    const result = this.host.session.decide(move);
    if (!result.ok) {
      this.host.rejected(result.message);
      return;
    }
    const view = this.host.view();
    this.host.showOutcome({
      heading: `You reviewed the ${view.customer} loss with ${repNameOf(view)}`,
      lines,
      effects: result.effects,
    });
  }

  private generic(): void {
    const view = this.host.view();
    const names = namesOf(view);
    this.reviewAndShow({ type: 'loss.review', dealId: view.dealId }, [
      { speaker: 'You', text: fillLine(reviewQuestion, names), tone: 'manager' },
      {
        speaker: repNameOf(view),
        text: fillLine(ideaLines[view.weakIdea].review, names),
        tone: 'rep',
      },
      { speaker: 'What that did', text: fillLine(reviewFeedback, names), tone: 'feedback' },
    ]);
  }

  private startTalk(story: Story, talk: Talk): void {
    this.stop();
    const actor = createActor(createConversationMachine({ id: `${story.id}-review`, ...talk }));
    this.actor = actor;
    actor.start();
    this.beat(talk, actor, []);
  }

  private beat(talk: Talk, actor: Actor<ConversationMachine>, before: TalkLine[]): void {
    const view = this.host.view();
    const snapshot = actor.getSnapshot();
    const beat = talk.beats[String(snapshot.value)];
    if (!beat) {
      this.host.showOptions();
      return;
    }
    const said = speakerLine(beat.speaker, beat.text, view);
    if (snapshot.status === 'done' || beat.choices.length === 0) {
      const lines = snapshot.context.taken.map((step) => step.index);
      this.reviewAndShow({ type: 'loss.review', dealId: view.dealId, lines }, [
        ...before,
        said,
        ...(beat.ending
          ? [
              {
                speaker: 'What the review did',
                text: beat.ending.summary,
                tone: 'feedback' as const,
              },
            ]
          : []),
      ]);
      return;
    }
    this.host.drawStep({
      heading: `Reviewing the ${view.customer} loss with ${repNameOf(view)}`,
      lines: [...before, said],
      choices: beat.choices.map((choice, index) => ({
        label: choice.label,
        aside: choice.style === 'ask' ? 'Ask' : 'Tell',
        action: 'choose' as const,
        onChoose: () => {
          actor.send({ type: 'conversation.choose', index });
          this.beat(talk, actor, [
            { speaker: 'You', text: choice.label, tone: 'manager' },
            { speaker: 'What that did', text: choice.feedback, tone: 'feedback' },
          ]);
        },
      })),
      back: {
        label: 'Stop here: no review, back to the options',
        onChoose: () => this.host.showOptions(),
      },
    });
  }
}
