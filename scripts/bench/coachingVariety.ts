/**
 * How often a season repeats a generic coaching talk: a season played by a
 * scripted policy, every coaching that held a generic talk (a story deal's
 * own conversation is not one), and how many of those talks were different.
 */
import { talksSoFar } from '../../src/content/coachingTalk';
import type { Scenario } from '../../src/content/scenario';
import { storyCoaching } from '../../src/content/storyCoaching';
import { playWithPolicy } from '../../src/sim/playWithPolicy';
import { policies } from '../../src/sim/policies';
import type { PolicyName } from '../../src/sim/vocabulary';

export interface Variety {
  /** Coachings that held a generic talk. */
  talks: number;
  /** Different talks among them. */
  distinct: number;
  /** The talk held most often, and how often. */
  mostRepeated: { key: string; times: number };
  /** The question asked most often (across talks), and how often. */
  mostAskedQuestion: { line: string; times: number };
  /** Talks held twice on the same deal (the rule says never). */
  repeatsOnOneDeal: number;
}

function most(counts: Map<string, number>): { key: string; times: number } {
  let best = { key: '', times: 0 };
  for (const [key, times] of counts) if (times > best.times) best = { key, times };
  return best;
}

export function coachingVariety(scenario: Scenario, seed: number, policy: PolicyName): Variety {
  const played = playWithPolicy(scenario.setup, seed, policies[policy], storyCoaching(scenario));
  const coachings = played.decisions.filter((decision) => decision.type === 'deal.coach');
  const held = talksSoFar(played.state);
  if (held.length !== coachings.length)
    throw new Error(`${coachings.length} coachings but ${held.length} in the log`);
  const generic = held.filter((_, i) => coachings[i]!.lines === undefined);
  const byKey = new Map<string, number>();
  const byQuestion = new Map<string, number>();
  const onDeal = new Set<string>();
  let repeatsOnOneDeal = 0;
  for (const { dealId, talk } of generic) {
    byKey.set(talk.key, (byKey.get(talk.key) ?? 0) + 1);
    byQuestion.set(talk.ask.line, (byQuestion.get(talk.ask.line) ?? 0) + 1);
    const place = `${dealId} ${talk.key}`;
    if (onDeal.has(place)) repeatsOnOneDeal += 1;
    onDeal.add(place);
  }
  const question = most(byQuestion);
  return {
    talks: generic.length,
    distinct: byKey.size,
    mostRepeated: most(byKey),
    mostAskedQuestion: { line: question.key, times: question.times },
    repeatsOnOneDeal,
  };
}
