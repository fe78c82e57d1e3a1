/**
 * The scenarios that ship: each passes the checker, keeps the shape the model
 * is calibrated on, teaches the six deal-strategy ideas in good conversations,
 * and plays to its end under every built-in policy with every stock in range.
 */
import { describe, expect, test } from 'vitest';
import { bestPath, conversationOutcome, conversationStyle } from '../../src/content/conversation';
import { loadDiskScenarios } from '../../src/content/diskScenarios';
import type { Scenario } from '../../src/content/scenario';
import { formatError } from '../../src/content/scenarioError';
import type { Story } from '../../src/content/story';
import { applyDecision, type Decision } from '../../src/sim/decisions';
import { policies } from '../../src/sim/policies';
import { createSeason } from '../../src/sim/season';
import type { SeasonState } from '../../src/sim/state';
import {
  coachingStages,
  type DealIdea,
  dealIdeas,
  policyNames,
  rescueStages,
} from '../../src/sim/vocabulary';
import { advanceWeek } from '../../src/sim/week';
import { shippedScenario, shippedScenarios } from './support/shipped';

const shippedIds = ['inherited-team', 'standard', 'tutorial'];

test('every shipped scenario passes the checker', () => {
  const entries = loadDiskScenarios();
  expect(entries.map((entry) => entry.file)).toEqual(
    shippedIds.map((id) => `scenarios/${id}.json`),
  );
  for (const entry of entries) {
    expect(entry.ok ? [] : entry.errors.map(formatError)).toEqual([]);
  }
});

const allStories = (): [Scenario, Story][] =>
  shippedScenarios().flatMap((scenario) =>
    Object.values(scenario.stories).map((story): [Scenario, Story] => [scenario, story]),
  );

/** The plain words each idea's feedback must use. */
const ideaWords: Record<DealIdea, string> = {
  'business-goal': 'business goal',
  'decision-process': 'decision process',
  champion: 'champion',
  competition: 'competition',
  value: 'value',
  'compelling-event': 'compelling event',
};

describe('the coaching conversations', () => {
  test('at least twelve, and each of the six ideas taught at least twice', () => {
    const stories = allStories();
    expect(stories.length).toBeGreaterThanOrEqual(12);
    for (const idea of dealIdeas) {
      expect(
        stories.filter(([, story]) => story.idea === idea).length,
        idea,
      ).toBeGreaterThanOrEqual(2);
    }
  });

  test.each(
    allStories().map(([scenario, story]) => [`${scenario.id}/${story.id}`, story] as const),
  )('%s: the rep brings a plan; the manager can ask, tell or take over', (_, story) => {
    const plan = story.beats.plan;
    expect(plan?.speaker).toBe('rep');
    const choices = plan!.choices;
    expect(choices.length).toBeGreaterThanOrEqual(2);
    expect(choices.length).toBeLessThanOrEqual(4);
    const good = choices.find((c) => c.style === 'ask' && c.idea === story.idea);
    expect(good, 'a good question on the weak idea').toBeDefined();
    expect(good!.feedback.toLowerCase()).toContain(ideaWords[story.idea]);
    expect(choices.some((c) => c.style === 'tell' && (c.effects.ownership ?? 0) >= -0.02)).toBe(
      true,
    );
    expect(
      choices.some((c) => (c.effects.ownership ?? 0) < -0.04),
      'a take-over',
    ).toBe(true);
    for (const beat of Object.values(story.beats)) {
      if (beat.ending) continue;
      expect(beat.choices.length, beat.id).toBeGreaterThanOrEqual(
        beat.speaker === 'narrator' ? 1 : 2,
      );
    }
  });

  test.each(
    allStories().map(([scenario, story]) => [`${scenario.id}/${story.id}`, story] as const),
  )('%s: the model coach asks all the way, on the weak idea, and it pays', (_, story) => {
    const path = bestPath(story);
    const last = path.at(-1)!;
    expect(story.beats[last.choice.next]?.ending).toBeDefined();
    const choices = path.map((step) => step.choice);
    expect(choices.every((choice) => choice.style === 'ask')).toBe(true);
    expect(conversationStyle(choices)).toBe('ask');
    const outcome = conversationOutcome(choices);
    expect(outcome.ideas).toContain(story.idea);
    expect(outcome.dealQuality).toBeGreaterThan(0);
    expect(outcome.capability).toBeGreaterThan(0);
    expect(outcome.ownership).toBeGreaterThan(0);
  });

  test('every story belongs to a deal of its scenario that carries its id and idea', () => {
    for (const [scenario, story] of allStories()) {
      const deal = scenario.setup.deals.find((d) => d.storyId === story.id);
      expect(deal?.weakIdea).toBe(story.idea);
      expect(deal?.repId).toBe(story.repId);
      expect(coachingStages).toContain(deal?.stage);
    }
  });
});

describe('standard keeps the shape the model is calibrated on', () => {
  const scenario = shippedScenario('standard');
  const { setup } = scenario;

  test('26 weeks, six reps of middling capability, fair ownership and morale, no tuning', () => {
    expect(setup.weeks).toBe(26);
    expect(setup.currency).toBe('USD');
    expect(setup.team).toHaveLength(6);
    for (const rep of setup.team) {
      expect(rep.capability).toBeGreaterThanOrEqual(0.3);
      expect(rep.capability).toBeLessThanOrEqual(0.5);
      expect(Math.abs(rep.ownership - 0.6)).toBeLessThanOrEqual(0.05);
      expect(Math.abs(rep.morale - 0.65)).toBeLessThanOrEqual(0.05);
    }
    expect(setup.market.valueRange).toEqual([20_000, 120_000]);
    expect(setup.market.openingDealsPerRep).toBe(2);
    expect(setup.tuning).toBeUndefined();
  });

  test('six visibly at-risk late deals on week 1, one per rep', () => {
    const late = setup.deals.filter((d) => d.arrivesWeek === 1 && rescueStages.includes(d.stage));
    expect(late).toHaveLength(6);
    expect(new Set(late.map((d) => d.repId))).toEqual(new Set(setup.team.map((r) => r.id)));
    for (const deal of late) {
      expect(deal.quality).toBeGreaterThanOrEqual(0.2);
      expect(deal.quality).toBeLessThanOrEqual(0.32);
      expect(deal.storyId).toBeUndefined();
    }
  });

  test('at least six story deals, spread over the season, early and middling', () => {
    const stories = setup.deals.filter((d) => d.storyId);
    expect(stories.length).toBeGreaterThanOrEqual(6);
    const weeks = stories.map((d) => d.arrivesWeek);
    expect(new Set(weeks).size).toBe(weeks.length);
    expect(Math.max(...weeks) - Math.min(...weeks)).toBeGreaterThanOrEqual(8);
    const early = stories.filter((d) => d.stage === 'qualify' || d.stage === 'discover');
    expect(early.length * 2).toBeGreaterThan(stories.length);
    for (const deal of stories) {
      expect(deal.quality).toBeGreaterThanOrEqual(0.3);
      expect(deal.quality).toBeLessThanOrEqual(0.5);
    }
    expect(new Set(stories.map((d) => d.weakIdea))).toEqual(new Set(dealIdeas));
  });
});

describe('inherited-team and tutorial', () => {
  test('inherited-team: a dependent team, low ownership and lower morale than standard', () => {
    const inherited = shippedScenario('inherited-team').setup;
    const standard = shippedScenario('standard').setup;
    expect(inherited.weeks).toBe(26);
    for (const rep of inherited.team) {
      expect(rep.ownership).toBeGreaterThanOrEqual(0.2);
      expect(rep.ownership).toBeLessThanOrEqual(0.3);
    }
    const mean = (values: number[]) => values.reduce((a, b) => a + b, 0) / values.length;
    expect(mean(inherited.team.map((r) => r.morale))).toBeLessThan(
      mean(standard.team.map((r) => r.morale)),
    );
  });

  test('inherited-team: the first month brings far more requests for help than standard', () => {
    const firstMonth = (scenario: Scenario) => {
      let total = 0;
      for (const seed of [1, 2, 3]) {
        let state = createSeason(scenario.setup, seed);
        for (let week = 1; week <= 4; week += 1) state = endWeek(state);
        total += state.ledger.helpRequests / scenario.setup.team.length;
      }
      return total;
    };
    expect(firstMonth(shippedScenario('inherited-team'))).toBeGreaterThan(
      1.5 * firstMonth(shippedScenario('standard')),
    );
  });

  test('tutorial: 8 weeks, 3 reps, two story deals from week 1 (the first opens with the narrator), a late deal to rescue', () => {
    const tutorial = shippedScenario('tutorial');
    expect(tutorial.setup.weeks).toBe(8);
    expect(tutorial.setup.team).toHaveLength(3);
    const stories = tutorial.setup.deals.filter((d) => d.storyId);
    expect(stories).toHaveLength(2);
    expect(stories.map((d) => d.arrivesWeek)).toEqual([1, 1]);
    expect(tutorial.setup.deals.some((d) => rescueStages.includes(d.stage))).toBe(true);
    const story = tutorial.stories[stories[0]!.storyId!]!;
    expect(story.beats[story.start]?.speaker).toBe('narrator');
  });
});

function endWeek(state: SeasonState): SeasonState {
  const result = advanceWeek(state);
  if (!result.ok) throw new Error(result.message);
  return result.state;
}

/** A policy's decision, with the conversation a model coach would hold the first time a story deal is coached. */
function withConversation(
  scenario: Scenario,
  state: SeasonState,
  decision: Decision,
  talked: Set<string>,
): Decision {
  if (decision.type !== 'deal.coach') return decision;
  const storyId = state.deals.find((deal) => deal.id === decision.dealId)?.storyId;
  const story = storyId ? scenario.stories[storyId] : undefined;
  if (!story || talked.has(story.id)) return decision;
  talked.add(story.id);
  const lines = bestPath(story).map((step) => step.index);
  return { type: 'deal.coach', week: decision.week, dealId: decision.dealId, lines };
}

function expectInRange(state: SeasonState, where: string): void {
  const inRange = (value: number) => Number.isFinite(value) && value >= 0 && value <= 1;
  for (const rep of state.reps) {
    for (const stock of ['capability', 'ownership', 'morale'] as const) {
      expect(inRange(rep[stock]), `${where} ${rep.id}.${stock} = ${rep[stock]}`).toBe(true);
    }
  }
  expect(inRange(state.manager.energy), `${where} energy = ${state.manager.energy}`).toBe(true);
  for (const deal of state.deals) {
    expect(inRange(deal.quality), `${where} ${deal.id}.quality = ${deal.quality}`).toBe(true);
  }
}

describe('every shipped scenario plays to its end under every built-in policy', () => {
  const cases = shippedIds.flatMap((id) => policyNames.map((policy) => [id, policy] as const));

  test.each(cases)('%s under %s', (id, policyName) => {
    const scenario = shippedScenario(id);
    const policy = policies[policyName];
    for (const seed of [1, 2, 3]) {
      let state = createSeason(scenario.setup, seed);
      const talked = new Set<string>();
      expectInRange(state, `seed ${seed} start`);
      while (!state.ended) {
        for (let moves = 0; moves < 100; moves += 1) {
          const decision = policy(state);
          if (!decision) break;
          const result = applyDecision(state, withConversation(scenario, state, decision, talked));
          expect(result.ok, result.ok ? '' : result.message).toBe(true);
          if (!result.ok) break;
          state = result.state;
        }
        expectInRange(state, `seed ${seed} week ${state.week}`);
        state = endWeek(state);
      }
      expect(state.history).toHaveLength(scenario.weeks);
      expectInRange(state, `seed ${seed} end`);
    }
  });
});
