/**
 * A story deal's life in words a player reads: each beat that fired, with
 * why it went the way it did ("Because you coached Marco on a champion in
 * week 2: …"), and the crisis. Read from the model's record of the deal and
 * the story's words; nothing is decided here.
 */
import { guardKind } from '../sim/storyBeats';
import type { StoryGuard, StorySoFar } from '../sim/storyPlan';
import { dealIdeaNames, type RepStock } from '../sim/vocabulary';
import type { MiddleBeat, Story } from './story';

const stockNames: Record<RepStock, string> = {
  capability: 'skill',
  ownership: 'ownership of their deals',
  morale: 'morale',
};

/** Why one guard held or did not, as a clause after "Because". */
function guardReason(guard: StoryGuard, held: boolean, soFar: StorySoFar, rep: string): string {
  switch (guardKind(guard)) {
    case 'coached': {
      const idea = guard.coached ? dealIdeaNames[guard.coached] : 'it';
      const coached = soFar.coached.find(
        (entry) =>
          entry.idea === guard.coached &&
          (guard.style === undefined || entry.style === guard.style),
      );
      if (held && coached) {
        const how = coached.style === 'ask' ? 'asking, not telling' : 'telling';
        return `you coached ${rep} on ${idea} in week ${coached.week}${guard.style ? `, ${how}` : ''}`;
      }
      if (guard.style && soFar.coached.some((entry) => entry.idea === guard.coached))
        return `you coached ${rep} on ${idea} by ${guard.style === 'ask' ? 'telling, not asking' : 'asking'}`;
      return `nobody coached ${rep} on ${idea} before it happened`;
    }
    case 'strength': {
      const strong = guard.strength?.above !== undefined;
      return (strong ? held : !held) ? 'the deal was strong enough' : 'the deal was already weak';
    }
    case 'stock': {
      const stock = guard.stock ? stockNames[guard.stock] : 'stocks';
      const high = guard.above !== undefined;
      return `${rep}'s ${stock} was ${(high ? held : !held) ? 'high' : 'low'}`;
    }
    default:
      return 'of how things stood';
  }
}

/** Why a beat went the way it did: every guard when it held, the first that failed when not. */
export function beatReason(
  beat: MiddleBeat,
  held: boolean,
  soFar: StorySoFar,
  rep: string,
): string | undefined {
  if (beat.when.length === 0) return undefined;
  const reasons = held
    ? beat.when.map((guard) => guardReason(guard, true, soFar, rep))
    : [guardReason(beat.when[0]!, false, soFar, rep)];
  return `Because ${reasons.join(' and ')}`;
}

export interface StoryLine {
  week: number;
  /** "Because you coached Marco on a champion in week 2", when the beat had conditions. */
  because?: string;
  text: string;
}

/** The story so far in words, oldest first: each fired beat, and the crisis. */
export function storySoFarLines(story: Story, soFar: StorySoFar, rep: string): StoryLine[] {
  const lines: StoryLine[] = [];
  for (const fired of soFar.beats) {
    const beat = story.middle.find((b) => b.id === fired.id);
    if (!beat || (!fired.held && !beat.otherwise)) continue;
    const way = fired.held ? beat.happens : (beat.otherwise ?? beat.happens);
    const because = beatReason(beat, fired.held, soFar, rep);
    lines.push({ week: fired.week, ...(because ? { because } : {}), text: way.text });
  }
  if (soFar.crisisWeek !== undefined && story.crisis)
    lines.push({ week: soFar.crisisWeek, text: story.crisis.text });
  return lines.sort((a, b) => a.week - b.week);
}

/** One line of the story so far as a sentence: the cause, then what happened. */
export function storyLineWords(line: StoryLine): string {
  return line.because ? `${line.because}: ${line.text}` : line.text;
}
