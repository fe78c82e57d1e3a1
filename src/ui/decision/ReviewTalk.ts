/**
 * The review of a loss: on a story deal, its written review talk, stepped by
 * its XState machine (a written talk): asking what the rep learned, or telling them what they
 * did wrong, each line's feedback after it. The lines taken become the review
 * decision. On other deals, the generic review: one question and the rep's
 * answer about the deal's weakest idea.
 */
import { fillLine, ideaLines, reviewFeedback, reviewQuestion } from '../../content/genericCoaching';
import type { Story, Talk } from '../../content/story';
import { namesOf, repNameOf } from './decisionHost';
import { DecisionTalk } from './WrittenTalk';

export class ReviewTalk extends DecisionTalk {
  start(): void {
    const view = this.host.view();
    const option = view.options.find((o) => o.action === 'review');
    const story = this.host.session.story(view.storyId);
    if (story?.review && !option?.unavailable) this.startTalk(story, story.review);
    else this.generic();
  }

  /** What the outcome is headed with. */
  private reviewed(): string {
    const view = this.host.view();
    return `You reviewed the ${view.customer} loss with ${repNameOf(view)}`;
  }

  private generic(): void {
    const view = this.host.view();
    const names = namesOf(view);
    this.host.decideAndShow({ type: 'loss.review', dealId: view.dealId }, this.reviewed(), [
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
    const view = this.host.view();
    this.written.start(
      { id: `${story.id}-review`, ...talk },
      {
        heading: `Reviewing the ${view.customer} loss with ${repNameOf(view)}`,
        terms: (choice) => ({ aside: choice.style === 'ask' ? 'Ask' : 'Tell' }),
        saidBy: (choice) => ({ speaker: 'You', text: choice.label, tone: 'manager' }),
        ending: 'What the review did',
        back: 'Stop here: no review, back to the options',
        finish: (lines, said) =>
          this.host.decideAndShow(
            { type: 'loss.review', dealId: view.dealId, lines },
            this.reviewed(),
            said,
          ),
      },
    );
  }
}
