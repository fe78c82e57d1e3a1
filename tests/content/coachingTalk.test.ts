/**
 * The generic coaching talks: every line reads as what it is labelled (a
 * question asks, an instruction tells), a season rarely repeats a talk and a
 * deal never hears one twice, and the choice is the log's, so a replay shows
 * the same talks.
 */
import { describe, expect, test } from 'vitest';
import { coachingVariety } from '../../scripts/bench/coachingVariety';
import { coachingTalk, talksSoFar } from '../../src/content/coachingTalk';
import { coachingTalkLines, talkMoments } from '../../src/content/coachingTalkLines';
import { readsAsQuestion } from '../../src/content/lineWording';
import { textLimits } from '../../src/content/scenarioSchema';
import { storyCoaching } from '../../src/content/storyCoaching';
import { applyDecision } from '../../src/sim/decisions';
import { playWithPolicy } from '../../src/sim/playWithPolicy';
import { policies } from '../../src/sim/policies';
import { createSeason } from '../../src/sim/season';
import { replay } from '../../src/sim/session';
import type { SeasonState } from '../../src/sim/state';
import { dealIdeas, type PolicyName } from '../../src/sim/vocabulary';
import { shippedScenario } from './support/shipped';

const ideas = dealIdeas.map((idea) => [idea, coachingTalkLines[idea]] as const);

describe('every line of the talks', () => {
  test.each(ideas)(
    '%s: several plans at every moment, several questions and instructions',
    (_, lines) => {
      for (const moment of talkMoments)
        expect(lines.plans[moment].length).toBeGreaterThanOrEqual(2);
      expect(lines.asks.length).toBeGreaterThanOrEqual(5);
      expect(lines.tells.length).toBeGreaterThanOrEqual(5);
    },
  );

  test.each(ideas)(
    '%s: a question asks; an instruction never reads as a question or starts with "Ask"',
    (_, lines) => {
      for (const { line } of lines.asks) expect(line, line).toMatch(/\?$/);
      for (const { line } of lines.tells) expect(readsAsQuestion(line), line).toBe(false);
    },
  );

  test.each(ideas)(
    '%s: every line is written once and names only the customer and the rep',
    (_, lines) => {
      const all = [
        ...Object.values(lines.plans).flat(),
        ...lines.asks.flatMap((e) => [e.line, e.reply]),
        ...lines.tells.flatMap((e) => [e.line, e.reply]),
      ];
      expect(new Set(all).size).toBe(all.length);
      for (const line of all) {
        expect(line.replace(/\{customer\}|\{rep\}/g, ''), line).not.toMatch(/[{}]/);
        expect(line.trim(), line).toBe(line);
        expect(line, line).toMatch(/[.?!]$/);
      }
    },
  );

  // As long as the longest line the decision screen already fits at large text (132 characters), with a long customer name.
  test.each(ideas)('%s: every line fits the decision screen', (_, lines) => {
    const shown = (line: string) => line.replaceAll('{customer}', 'Northwind Logistics Ltd').length;
    for (const { line, reply } of [...lines.asks, ...lines.tells]) {
      expect(shown(line), line).toBeLessThanOrEqual(132);
      expect(shown(reply), reply).toBeLessThanOrEqual(textLimits.line);
    }
    for (const plan of Object.values(lines.plans).flat()) {
      expect(shown(plan), plan).toBeLessThanOrEqual(textLimits.line);
    }
  });

  test('no line is written twice across the ideas', () => {
    const all = ideas.flatMap(([, lines]) => [
      ...Object.values(lines.plans).flat(),
      ...lines.asks.map((e) => e.line),
      ...lines.tells.map((e) => e.line),
    ]);
    expect(new Set(all).size).toBe(all.length);
  });

  test('the rule bites: a line with a question mark or an opening "Ask" reads as a question', () => {
    expect(readsAsQuestion('Ask them who signs.')).toBe(true);
    expect(readsAsQuestion('“Ask for the dates.”')).toBe(true);
    expect(readsAsQuestion('Find out who signs, would you?')).toBe(true);
    expect(readsAsQuestion('Get the dates; ask procurement too.')).toBe(false);
  });
});

function played(id: string, seed: number, policy: PolicyName) {
  const scenario = shippedScenario(id);
  return {
    scenario,
    ...playWithPolicy(scenario.setup, seed, policies[policy], storyCoaching(scenario)),
  };
}

describe('a season rarely repeats a talk, and a deal never hears one twice', () => {
  // Played by the coach's strategy, a season holds 60 to 80 generic talks. At
  // least 95 in 100 of them are different and none comes more than twice: a
  // player who coaches every deal early meets a talk again once in a while at
  // most, when one idea runs through the season (its questions and
  // instructions come round again after five or six turns).
  test.each(['standard', 'inherited-team'])('%s, coached early, seeds 2026 and 1 to 5', (id) => {
    for (const seed of [2026, 1, 2, 3, 4, 5]) {
      const variety = coachingVariety(shippedScenario(id), seed, 'coach-early');
      expect(variety.talks, `seed ${seed}`).toBeGreaterThan(50);
      expect(variety.distinct / variety.talks, `seed ${seed}`).toBeGreaterThanOrEqual(0.95);
      expect(variety.mostRepeated.times, `seed ${seed}`).toBeLessThanOrEqual(2);
      expect(variety.repeatsOnOneDeal, `seed ${seed}`).toBe(0);
    }
  });

  // Coaching everything, every week (300 talks a season on the inherited team), still at least 9 in 10 differ.
  test.each(['standard', 'inherited-team'])(
    '%s, every deal coached every time, seed 2026',
    (id) => {
      const variety = coachingVariety(shippedScenario(id), 2026, 'coach-all');
      expect(variety.talks).toBeGreaterThan(140);
      expect(variety.distinct / variety.talks).toBeGreaterThanOrEqual(0.9);
      expect(variety.repeatsOnOneDeal).toBe(0);
    },
  );

  test('a deal hears a new question and a new instruction each time, while one is left', () => {
    const { state } = played('inherited-team', 2026, 'coach-all');
    const heard = new Map<string, { asks: string[]; tells: string[] }>();
    for (const { dealId, talk } of talksSoFar(state)) {
      const key = `${dealId} ${talk.idea}`;
      const deal = heard.get(key) ?? { asks: [], tells: [] };
      deal.asks.push(talk.ask.line);
      deal.tells.push(talk.tell.line);
      heard.set(key, deal);
    }
    const often = [...heard.values()].filter((deal) => deal.asks.length >= 3);
    expect(often.length).toBeGreaterThan(5);
    for (const deal of heard.values()) {
      const fresh = Math.min(deal.asks.length, 5);
      expect(new Set(deal.asks.slice(0, fresh)).size).toBe(fresh);
      expect(new Set(deal.tells.slice(0, fresh)).size).toBe(fresh);
    }
  });
});

describe('the talk is the log’s choice', () => {
  test('the talk a deal is offered is the one the log then says it held', () => {
    const { scenario, decisions } = played('standard', 2026, 'coach-early');
    let state: SeasonState = createSeason(scenario.setup, 2026);
    let checked = 0;
    for (const decision of decisions) {
      const offered =
        decision.type === 'deal.coach' ? coachingTalk(state, decision.dealId) : undefined;
      const result = applyDecision(state, decision);
      if (!result.ok) throw new Error(result.message);
      state = result.state;
      if (!offered) continue;
      expect(talksSoFar(state).at(-1)).toEqual({
        dealId: decision.type === 'deal.coach' && decision.dealId,
        talk: offered,
      });
      checked += 1;
    }
    expect(checked).toBeGreaterThan(50);
  });

  test('replaying the log holds the same talks; another seed holds others', () => {
    const first = played('standard', 2026, 'coach-early');
    const again = replay(first.scenario.setup, 2026, first.decisions);
    if (!again.ok) throw new Error('the log did not replay');
    expect(talksSoFar(again.state)).toEqual(talksSoFar(first.state));
    const other = played('standard', 7, 'coach-early');
    const keys = (state: SeasonState) => talksSoFar(state).map((t) => t.talk.key);
    expect(keys(other.state)).not.toEqual(keys(first.state).slice(0, keys(other.state).length));
  });

  test('a deal that is not open to coaching has no talk', () => {
    const { state } = played('standard', 2026, 'coach-early');
    const closed = state.deals.find((deal) => deal.status === 'won' || deal.status === 'lost')!;
    expect(coachingTalk(state, closed.id)).toBeUndefined();
    expect(coachingTalk(state, 'no-such-deal')).toBeUndefined();
  });
});
