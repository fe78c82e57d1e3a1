/**
 * The coaching talk: the story deal's written conversation (a written talk,
 * line by line, each line's feedback shown) the first time,
 * else the generic one: the rep's plan, then ask or tell about its weakest
 * idea. The lines taken become the coaching decision.
 */
import { fillLine, styleFeedback } from '../../content/genericCoaching';
import type { Story } from '../../content/story';
import type { CoachingStyle } from '../../sim/vocabulary';
import { namesOf, repNameOf } from './decisionHost';
import { DecisionTalk } from './WrittenTalk';

export class CoachTalk extends DecisionTalk {
  start(): void {
    const view = this.host.view();
    const option = view.options.find((o) => o.action === 'coach');
    if (option?.unavailable) {
      this.refused({ type: 'deal.coach', dealId: view.dealId, style: 'ask' });
      return;
    }
    const story = this.host.session.story(view.storyId);
    if (story && !view.conversationHeld && !view.request) this.startStory(story);
    else this.generic();
  }

  /** What the outcome is headed with. */
  private coached(): string {
    const view = this.host.view();
    return `You coached ${repNameOf(view)} on ${view.customer}`;
  }

  private heading(): string {
    const view = this.host.view();
    return `Coaching ${repNameOf(view)} on ${view.customer}`;
  }

  /** A talk chosen by the model's log (src/content/coachingTalk): never one this deal has heard. */
  private generic(): void {
    const view = this.host.view();
    const talk = this.host.session.coachingTalk(view.dealId);
    if (!talk) {
      this.host.showOptions();
      return;
    }
    const names = namesOf(view);
    const rep = repNameOf(view);
    const pick = (style: CoachingStyle, said: string, reply: string) =>
      this.host.decideAndShow({ type: 'deal.coach', dealId: view.dealId, style }, this.coached(), [
        { speaker: 'You', text: said, tone: 'manager' },
        { speaker: rep, text: reply, tone: 'rep' },
        { speaker: 'What that did', text: fillLine(styleFeedback[style], names), tone: 'feedback' },
      ]);
    this.host.drawStep({
      heading: this.heading(),
      lines: [{ speaker: rep, text: talk.plan, tone: 'rep' }],
      choices: [
        {
          label: `Ask: “${talk.ask.line}”`,
          action: 'choose',
          onChoose: () => pick('ask', talk.ask.line, talk.ask.reply),
        },
        {
          label: `Tell: “${talk.tell.line}”`,
          action: 'choose',
          onChoose: () => pick('tell', talk.tell.line, talk.tell.reply),
        },
      ],
      back: {
        label: 'Cancel: no coaching, back to the options',
        onChoose: () => this.host.showOptions(),
      },
    });
  }

  private startStory(story: Story): void {
    this.written.start(story, {
      heading: this.heading(),
      terms: (choice) => ({ aside: choice.style === 'ask' ? 'Ask' : 'Tell' }),
      saidBy: (choice) => ({ speaker: 'You', text: choice.label, tone: 'manager' }),
      ending: 'How it ended',
      back: 'Stop here: no coaching, back to the options',
      finish: (lines, said) =>
        this.host.decideAndShow(
          { type: 'deal.coach', dealId: this.host.view().dealId, lines },
          this.coached(),
          said,
        ),
    });
  }
}
