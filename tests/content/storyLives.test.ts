/**
 * Every shipped story deal lives its whole life along some history on the
 * model: coached, each middle beat fired, the crisis, the rescue call, the
 * loss and the review; its statechart, stepped from that log, ends done with
 * the same lines and beats the model recorded. Together the stories cover
 * the six deal-strategy ideas, each choice's feedback names its idea, and
 * each story deal has a customer of its own.
 */
import { describe, expect, test } from 'vitest';
import { createActor } from 'xstate';
import { ruledPath, ruledWay } from '../../src/content/conversation';
import type { Scenario } from '../../src/content/scenario';
import type { Story } from '../../src/content/story';
import { storySummary } from '../../src/content/storySummary';
import { replayWithStories } from '../../src/machines/storyEvents';
import { createStoryMachine } from '../../src/machines/storyMachine';
import { checkCoachDeal } from '../../src/sim/coaching';
import { applyDecision, type Decision } from '../../src/sim/decisions';
import { inboxEntries } from '../../src/sim/inbox';
import { checkReview } from '../../src/sim/lossReview';
import { checkRescue } from '../../src/sim/rescue';
import { createSeason } from '../../src/sim/season';
import type { Deal, SeasonState } from '../../src/sim/state';
import { type DealIdea, dealIdeaNames, dealIdeas } from '../../src/sim/vocabulary';
import { shippedScenarios } from './support/shipped';

const stories = shippedScenarios().flatMap((scenario) =>
  Object.values(scenario.stories).map(
    (story) => [`${scenario.id}/${story.id}`, scenario, story] as const,
  ),
);

const isClosed = (deal: Deal) => deal.status === 'won' || deal.status === 'lost';

interface Life {
  decisions: Decision[];
  state: SeasonState;
}

/**
 * One history of the story deal on this seed: coached (along the ruled path
 * in this style) in its first coaching window; then, if `rescue`, rescued
 * along these call lines the week its crisis fires and, once lost, reviewed
 * along the asking lines; else left to run to the season's end.
 */
function live(
  scenario: Scenario,
  story: Story,
  seed: number,
  style: 'ask' | 'tell',
  rescue: number[] | undefined,
): Life | undefined {
  let state = createSeason(scenario.setup, seed);
  const decisions: Decision[] = [];
  const take = (decision: Decision) => {
    const result = applyDecision(state, decision);
    if (!result.ok) throw new Error(`${story.id} seed ${seed}: ${result.message}`);
    state = result.state;
    decisions.push(decision);
  };
  const deal = () => state.deals.find((d) => d.id === story.dealId);
  const endWeek = () => take({ type: 'week.advance', week: state.week });
  /** Hands every request for help back, as a manager making room for the call would. */
  const makeRoom = () => {
    for (const entry of inboxEntries(state))
      if (entry.kind === 'help' && entry.dealId !== story.dealId)
        take({ type: 'deal.stayOut', week: state.week, dealId: entry.dealId });
  };
  while (!state.ended && (!deal() || checkCoachDeal(state, deal()!))) endWeek();
  if (state.ended) return undefined;
  take({
    type: 'deal.coach',
    week: state.week,
    dealId: story.dealId,
    lines: ruledPath(story, style).map((taken) => taken.index),
  });
  // Coaching that answers a request for help is a plain answer, not the story's conversation.
  if (!deal()!.conversationHeld) return undefined;
  if (!rescue) {
    while (!state.ended) endWeek();
    return { decisions, state };
  }
  while (!state.ended && !isClosed(deal()!) && deal()!.storySoFar?.crisisWeek !== state.week)
    endWeek();
  if (state.ended || isClosed(deal()!)) return undefined;
  makeRoom();
  if (checkRescue(state, story.dealId)) return undefined;
  take({ type: 'deal.rescue', week: state.week, dealId: story.dealId, lines: rescue });
  while (!state.ended && !isClosed(deal()!)) endWeek();
  if (state.ended || deal()!.status !== 'lost') return undefined;
  makeRoom();
  if (checkReview(state, story.dealId)) return undefined;
  take({
    type: 'loss.review',
    week: state.week,
    dealId: story.dealId,
    lines: ruledWay(story.review!, (line) => line.style === 'ask').map((taken) => taken.index),
  });
  return { decisions, state };
}

describe('every shipped story deal lives its whole life along some history', () => {
  test.each(stories)(
    '%s: coach, every middle beat, crisis, rescue call, loss and review',
    (_, scenario, story) => {
      expect(story.rescue, 'a rescue call').toBeDefined();
      expect(story.review, 'a review talk').toBeDefined();
      const fired = new Set<string>();
      let crisis = false;
      let whole: Life | undefined;
      const call = story.rescue!;
      const besideTheRep = ruledWay(call, (line) => line.lead === 'rep').map((t) => t.index);
      for (
        let seed = 1;
        seed <= 120 && (!whole || fired.size < story.middle.length || !crisis);
        seed += 1
      ) {
        for (const style of ['ask', 'tell'] as const) {
          const ran = live(scenario, story, seed, style, undefined);
          const record = ran?.state.deals.find((d) => d.id === story.dealId)?.storySoFar;
          for (const beat of record?.beats ?? []) fired.add(beat.id);
          if (record?.crisisWeek !== undefined) crisis = true;
          whole ??= live(scenario, story, seed, style, besideTheRep);
        }
      }
      expect([...fired].sort()).toEqual(story.middle.map((beat) => beat.id).sort());
      expect(crisis || !story.crisis).toBe(true);
      expect(whole, 'a history through the rescue call to the review').toBeDefined();

      // The statechart, stepped from that history's log, ends done with what the model recorded.
      const replayed = replayWithStories(scenario.setup, whole!.state.seed, whole!.decisions);
      if ('failed' in replayed) throw new Error(replayed.message);
      const actor = createActor(createStoryMachine(story.id, scenario.setup.stories![story.id]!));
      actor.start();
      for (const { storyId, event } of replayed.events) if (storyId === story.id) actor.send(event);
      const snapshot = actor.getSnapshot();
      const record = replayed.state.deals.find((d) => d.id === story.dealId)!.storySoFar!;
      expect(snapshot.value).toBe('done');
      expect(snapshot.context.outcome).toBe('lost');
      expect(snapshot.context.beats).toEqual(record.beats);
      expect(snapshot.context.crisisWeek).toBe(record.crisisWeek ?? null);
      expect(snapshot.context.lines.rescue).toEqual(record.rescue!.lines);
      expect(snapshot.context.lines.review).toEqual(record.review!.lines);
      expect(snapshot.context.lines.coach.length).toBeGreaterThan(0);
      actor.stop();
    },
  );
});

describe('the shipped stories as content', () => {
  test('standard and inherited-team carry at least five story deals each, the tutorial two, covering the six ideas', () => {
    const byScenario = Object.fromEntries(
      shippedScenarios().map((s) => [s.id, Object.values(s.stories)] as const),
    );
    expect(byScenario.standard!.length).toBeGreaterThanOrEqual(5);
    expect(byScenario['inherited-team']!.length).toBeGreaterThanOrEqual(5);
    expect(byScenario.tutorial!.length).toBe(2);
    const ideas = new Set(stories.map(([, , story]) => story.idea));
    expect([...ideas].sort()).toEqual([...dealIdeas].sort());
  });

  test('each story deal has a customer of its own: not one the market draws, and on no other deal', () => {
    for (const scenario of shippedScenarios()) {
      const customers = scenario.setup.deals.map((deal) => deal.customer);
      for (const story of Object.values(scenario.stories)) {
        expect(scenario.setup.market.customers, story.id).not.toContain(story.customer);
        expect(
          customers.filter((c) => c === story.customer),
          story.id,
        ).toHaveLength(1);
      }
    }
  });

  test("every line's feedback on the call and in the review names its idea in a rep's words", () => {
    const keyWords: Record<DealIdea, RegExp> = {
      'business-goal': /business goal|problem|reason to buy/i,
      'decision-process': /decision process|who decides|who signs/i,
      champion: /champion/i,
      competition: /competition|rival|difference/i,
      value: /value|price|margin|discount|free|cheaper/i,
      'compelling-event': /compelling event|date|deadline/i,
    };
    for (const [name, , story] of stories) {
      for (const talk of [story.rescue!, story.review!]) {
        for (const beat of Object.values(talk.beats)) {
          for (const line of beat.choices as {
            idea: DealIdea;
            label: string;
            feedback: string;
          }[]) {
            expect(line.feedback, `${name}: ${line.label} (${dealIdeaNames[line.idea]})`).toMatch(
              keyWords[line.idea],
            );
          }
        }
      }
    }
  });

  test('the story summary lists every story with its phases and nothing unreachable', () => {
    for (const scenario of shippedScenarios()) {
      const summary = storySummary(scenario);
      expect(summary.map((s) => s.id).sort()).toEqual(Object.keys(scenario.stories).sort());
      for (const entry of summary) {
        expect(entry.phases).toEqual(expect.arrayContaining(['coach', 'rescue', 'review']));
        expect(entry.unreachable).toEqual([]);
        expect(entry.endings).toBeGreaterThan(0);
        expect(entry.beats).toBeGreaterThan(entry.endings);
        expect(entry.ideas).toContain(scenario.stories[entry.id]!.idea);
      }
    }
  });
});
