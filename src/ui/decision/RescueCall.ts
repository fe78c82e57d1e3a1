/**
 * The rescue: on a story deal, the call with the customer, stepped by its
 * XState machine. The buyer pushes, and each line says what it gives away
 * (nothing, a discount of its size, free services) and who leads the call:
 * you, sweeping in, or the rep, with you beside them. Each line's feedback
 * follows it; the lines taken become the rescue decision. On other deals,
 * the generic offer: what to put on the table.
 */
import { type Actor, createActor } from 'xstate';
import {
  type ConversationMachine,
  createConversationMachine,
} from '../../content/conversationMachine';
import { fillLine, rescueAftermath, rescueMoves } from '../../content/genericCoaching';
import type { CallChoice, Story, Talk } from '../../content/story';
import type { Move } from '../../sim/decisions';
import { callGiveMoney } from '../../sim/storyPlan';
import { concessionNames } from '../../sim/vocabulary';
import { hours, money } from '../format';
import {
  type DecisionHost,
  firstNameOf,
  namesOf,
  repNameOf,
  speakerLine,
  type TalkLine,
} from './decisionHost';
import { bandWords } from './optionWords';

type CallMachine = ConversationMachine<CallChoice>;

export class RescueCall {
  private actor: Actor<CallMachine> | undefined;

  constructor(private readonly host: DecisionHost) {}

  stop(): void {
    this.actor?.stop();
    this.actor = undefined;
  }

  start(): void {
    const view = this.host.view();
    const option = view.options.find((o) => o.action === 'rescue');
    if (!view.rescue || option?.unavailable) {
      const result = this.host.session.decide({
        type: 'deal.rescue',
        dealId: view.dealId,
        concession: 'none',
      });
      this.host.rejected(result.ok ? '' : result.message);
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

  private rescueAndShow(move: Extract<Move, { type: 'deal.rescue' }>, lines: TalkLine[]): void {
    const result = this.host.session.decide(move);
    if (!result.ok) {
      this.host.rejected(result.message);
      return;
    }
    this.host.showOutcome({
      heading: `You stepped into ${this.host.view().customer}`,
      lines,
      effects: result.effects,
    });
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
          this.rescueAndShow(
            { type: 'deal.rescue', dealId: view.dealId, concession: choice.concession },
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
    this.stop();
    const actor = createActor(
      createConversationMachine<CallChoice>({ id: `${story.id}-call`, ...call }),
    );
    this.actor = actor;
    actor.start();
    this.callBeat(call, actor, [this.costLine()]);
  }

  private callBeat(call: Talk<CallChoice>, actor: Actor<CallMachine>, before: TalkLine[]): void {
    const view = this.host.view();
    const snapshot = actor.getSnapshot();
    const beat = call.beats[String(snapshot.value)];
    if (!beat) {
      this.host.showOptions();
      return;
    }
    const said = speakerLine(beat.speaker, beat.text, view);
    if (snapshot.status === 'done' || beat.choices.length === 0) {
      const lines = snapshot.context.taken.map((step) => step.index);
      this.rescueAndShow({ type: 'deal.rescue', dealId: view.dealId, lines }, [
        ...before,
        said,
        ...(beat.ending
          ? [
              {
                speaker: 'How the call ended',
                text: beat.ending.summary,
                tone: 'feedback' as const,
              },
            ]
          : []),
      ]);
      return;
    }
    this.host.drawStep({
      heading: `The call with ${view.customer}`,
      lines: [...before, said],
      choices: beat.choices.map((choice, index) => ({
        label: choice.label,
        ...this.lineTerms(choice),
        action: 'choose' as const,
        onChoose: () => {
          actor.send({ type: 'conversation.choose', index });
          this.callBeat(call, actor, [
            {
              speaker: choice.lead === 'rep' ? repNameOf(view) : 'You',
              text: choice.label,
              tone: choice.lead === 'rep' ? 'rep' : 'manager',
            },
            { speaker: 'What that did', text: choice.feedback, tone: 'feedback' },
          ]);
        },
      })),
      back: {
        label: 'Hang up: no rescue, back to the options',
        onChoose: () => this.host.showOptions(),
      },
    });
  }
}
