/**
 * The rescue: on a story deal, the call with the customer, a written talk
 * stepped by its XState machine. The buyer pushes, and each line says what it gives away
 * (nothing, a discount of its size, free services) and who leads the call:
 * you, sweeping in, or the rep, with you beside them. Each line's feedback
 * follows it; the lines taken become the rescue decision. On other deals,
 * the generic offer: what to put on the table.
 */
import { fillLine, rescueAftermath, rescueMoves } from '../../content/genericCoaching';
import type { CallChoice, Story, Talk } from '../../content/story';
import { callGiveMoney } from '../../sim/storyPlan';
import { concessionNames } from '../../sim/vocabulary';
import { hours, money } from '../format';
import { firstNameOf, namesOf, repNameOf, type TalkLine } from './decisionHost';
import { bandWords } from './optionWords';
import { DecisionTalk } from './WrittenTalk';

export class RescueCall extends DecisionTalk<CallChoice> {
  start(): void {
    const view = this.host.view();
    const option = view.options.find((o) => o.action === 'rescue');
    if (!view.rescue || option?.unavailable) {
      this.refused({ type: 'deal.rescue', dealId: view.dealId, concession: 'none' });
      return;
    }
    const story = this.host.session.story(view.storyId);
    if (story?.rescue) this.startCall(story, story.rescue);
    else this.offer();
  }

  /** The cost of stepping in, said before the call or the offer. */
  private costLine(): TalkLine {
    const view = this.host.view();
    const rescue = view.rescue!;
    return {
      speaker: 'The cost',
      text: `${hours(rescue.hours)} now and ${hours(rescue.followUpHours)} of follow-up next week. The customer decides by week ${rescue.decideByWeek}. ${repNameOf(view)} loses ownership and morale, and the rest of the team notices. Odds now about ${bandWords(rescue.oddsNow)}.`,
      tone: 'narrator',
    };
  }

  /**
   * Who says a line of the call: a line written as the rep's words
   * ("Marco: “…”") is the rep's; every other line is yours, handing the
   * call to the rep included.
   */
  private saidBy(choice: CallChoice): TalkLine {
    const rep = firstNameOf(this.host.view());
    const quoted = new RegExp(`^${rep}: “(.*)”$`).exec(choice.label);
    return quoted
      ? { speaker: rep, text: quoted[1]!, tone: 'rep' }
      : { speaker: 'You', text: choice.label, tone: 'manager' };
  }

  /** What the outcome is headed with. */
  private steppedIn(): string {
    return `You stepped into ${this.host.view().customer}`;
  }

  private offer(): void {
    const view = this.host.view();
    const rescue = view.rescue!;
    const currency = this.host.session.facts.currency;
    this.host.drawStep({
      heading: `Rescue ${view.customer}: what do you put on the table?`,
      lines: [this.costLine()],
      choices: rescue.choices.map((choice) => ({
        label: concessionNames[choice.concession],
        aside: `odds ${bandWords(choice.odds)}`,
        detail: choice.givesAway
          ? choice.givesAway.kind === 'money'
            ? `Gives away ${money(choice.givesAway.low, currency)}–${money(choice.givesAway.high, currency)} if it wins`
            : `Gives away ${choice.givesAway.low}–${choice.givesAway.high} hours of free services if it wins, costing ${money(choice.givesAway.costLow, currency)}–${money(choice.givesAway.costHigh, currency)}`
          : 'Gives nothing away',
        action: 'choose' as const,
        onChoose: () => {
          const names = namesOf(view);
          this.host.decideAndShow(
            { type: 'deal.rescue', dealId: view.dealId, concession: choice.concession },
            this.steppedIn(),
            [
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
          );
        },
      })),
      back: {
        label: 'Cancel: no rescue, back to the options',
        onChoose: () => this.host.showOptions(),
      },
    });
  }

  /** What a line of the call gives and who leads, in words, beside and under its label. */
  private lineTerms(line: CallChoice): { aside: string; detail?: string } {
    const view = this.host.view();
    const currency = this.host.session.facts.currency;
    const lead = line.lead === 'rep' ? `${firstNameOf(view)} leads` : 'You lead';
    const give = line.give ?? {};
    if (give.discount !== undefined)
      return {
        aside: lead,
        detail: `Gives ${Math.round(give.discount * 100)} % off: ${money(callGiveMoney(view.value, give.discount), currency)} if it wins`,
      };
    if (give.freeServices !== undefined)
      return {
        aside: lead,
        detail: `Gives ${give.freeServices} hours of free services if it wins`,
      };
    return { aside: lead };
  }

  private startCall(story: Story, call: Talk<CallChoice>): void {
    const view = this.host.view();
    this.written.start(
      { id: `${story.id}-call`, ...call },
      {
        heading: `The call with ${view.customer}`,
        terms: (choice) => this.lineTerms(choice),
        saidBy: (choice) => this.saidBy(choice),
        ending: 'How the call ended',
        back: 'Hang up: no rescue, back to the options',
        finish: (lines, said) =>
          this.host.decideAndShow(
            { type: 'deal.rescue', dealId: view.dealId, lines },
            this.steppedIn(),
            said,
          ),
      },
      [this.costLine()],
    );
  }
}
