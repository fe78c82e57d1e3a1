/**
 * The wording of a decision's options, in one place: what each option is
 * called, what it costs in hours, what it does, and, when it cannot be taken
 * now, the word "Not now" beside it and the model's reason under it.
 */
import { doseLine, fillLine, requestAnswerWords } from '../../content/genericCoaching';
import type { DecisionView, OddsBand } from '../../sim/decisionView';
import type { ActionOption } from '../../sim/selectors';
import { hours } from '../format';
import { namesOf, repNameOf } from './decisionHost';

export const bandWords = (band: OddsBand) =>
  `${Math.round(band.low * 100)}–${Math.round(band.high * 100)}\u00a0%`;

/** What a barred option shows beside its label, so it reads as barred without colour. */
export const notNow = 'Not now';

export interface OptionWords {
  label: string;
  aside: string;
  detail: string;
}

/** The words of one option on this deal. */
export function optionWords(view: DecisionView, option: ActionOption): OptionWords {
  const rep = repNameOf(view);
  const names = namesOf(view);
  const answer = option.answer ? requestAnswerWords[option.answer] : undefined;
  const words = ((): OptionWords => {
    switch (option.action) {
      case 'coach':
        return {
          label: answer ? fillLine(answer.label, names) : `Coach ${rep} on the deal`,
          aside: hours(option.hours),
          detail: [
            answer
              ? fillLine(answer.detail, names)
              : 'Talk the plan through while it can still change. Builds capability.',
            ...(option.dose ? [doseLine(option.dose)] : []),
          ].join(' '),
        };
      case 'rescue': {
        const rescue = view.rescue;
        const call = view.storyId && !view.rescued ? ' A call with the customer.' : '';
        return {
          label: answer ? fillLine(answer.label, names) : 'Rescue it yourself',
          aside: rescue
            ? `${hours(option.hours)} + ${hours(rescue.followUpHours)} next week`
            : hours(option.hours),
          detail: `${answer ? `${fillLine(answer.detail, names)} ` : 'Step in late. '}Odds now about ${rescue ? bandWords(rescue.oddsNow) : '?'}.${call}`,
        };
      }
      case 'review':
        return {
          label: `Review the loss with ${rep}`,
          aside: hours(option.hours),
          detail: 'A blameless look at what happened and what changes now.',
        };
      default:
        return view.kind === 'loss'
          ? {
              label: 'Let it go',
              aside: hours(0),
              detail: 'No review. The lesson fades within a week or two.',
            }
          : {
              label: answer ? fillLine(answer.label, names) : 'Stay out',
              aside: option.freesHours ? `frees ${hours(option.freesHours)}` : hours(0),
              detail: answer ? fillLine(answer.detail, names) : `Leave the deal with ${rep}.`,
            };
    }
  })();
  if (!option.unavailable) return words;
  return { label: words.label, aside: notNow, detail: `Not now: ${option.unavailable}` };
}
