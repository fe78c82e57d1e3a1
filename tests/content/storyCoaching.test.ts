import { describe, expect, test } from 'vitest';
import { ruledPath } from '../../src/content/conversation';
import { storyCoaching } from '../../src/content/storyCoaching';
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
    const rescue = {
      type: 'deal.rescue' as const,
      week: 1,
      dealId: storyDeal.id,
      concession: 'none' as const,
    };
    expect(prepare(rescue, held)).toBe(rescue);
  });
});
