import { describe, expect, test } from 'vitest';
import { ruledPath, ruledWay } from '../../src/content/conversation';
import { givesWhatWasMeant, storyCoaching } from '../../src/content/storyCoaching';
import { createSeason } from '../../src/sim/season';
import { shippedScenario } from './support/shipped';

describe('scripted players hold a story conversation', () => {
  const scenario = shippedScenario('tutorial');
  const prepare = storyCoaching(scenario);
  const state = createSeason(scenario.setup, 1);
  const storyDeal = scenario.setup.deals.find((deal) => deal.storyId)!;
  const story = scenario.stories[storyDeal.storyId!]!;

  test('the first time a story deal is coached, along the lines of its style, by rule', () => {
    const withDeal = {
      ...state,
      deals: [...state.deals, { ...state.deals[0]!, id: storyDeal.id, storyId: story.id }],
    };
    const prepared = prepare(
      { type: 'deal.coach', week: 1, dealId: storyDeal.id, style: 'tell' },
      withDeal,
    );
    expect(prepared).toEqual({
      type: 'deal.coach',
      week: 1,
      dealId: storyDeal.id,
      lines: ruledPath(story, 'tell').map((taken) => taken.index),
    });
  });

  test('a rescue goes through the call by the rule: the first line that gives what was meant, else the first', () => {
    const withDeal = {
      ...state,
      deals: [...state.deals, { ...state.deals[0]!, id: storyDeal.id, storyId: story.id }],
    };
    const call = story.rescue!;
    for (const concession of ['none', 'discount', 'free-services'] as const) {
      const prepared = prepare(
        { type: 'deal.rescue', week: 1, dealId: storyDeal.id, concession },
        withDeal,
      );
      const lines = ruledWay(call, givesWhatWasMeant(concession)).map((taken) => taken.index);
      expect(prepared).toEqual({ type: 'deal.rescue', week: 1, dealId: storyDeal.id, lines });
      // The first line of the call is what the rule takes when it is of the kind meant.
      const first = call.beats[call.start]!.choices[lines[0]!]!;
      expect(givesWhatWasMeant(concession)(first)).toBe(true);
    }
    const review = prepare({ type: 'loss.review', week: 1, dealId: storyDeal.id }, withDeal);
    expect(review).toEqual({
      type: 'loss.review',
      week: 1,
      dealId: storyDeal.id,
      lines: ruledWay(story.review!, (line) => line.style === 'ask').map((taken) => taken.index),
    });
    expect(review.type === 'loss.review' && review.lines?.length).toBeGreaterThan(0);
  });

  test('never again once held, and never on other decisions', () => {
    const others = state.deals.filter((deal) => deal.id !== storyDeal.id);
    const heldDeal = {
      ...state.deals[0]!,
      id: storyDeal.id,
      storyId: story.id,
      conversationHeld: true,
    };
    const held = { ...state, deals: [heldDeal, ...others] };
    const coachAgain = {
      type: 'deal.coach' as const,
      week: 1,
      dealId: storyDeal.id,
      style: 'ask' as const,
    };
    expect(prepare(coachAgain, held)).toBe(coachAgain);
    const elsewhere = others[0]!;
    const rescue = {
      type: 'deal.rescue' as const,
      week: 1,
      dealId: elsewhere.id,
      concession: 'none' as const,
    };
    expect(elsewhere.storyId).toBeUndefined();
    expect(prepare(rescue, held)).toBe(rescue);
  });
});
