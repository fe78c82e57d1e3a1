import { describe, expect, test } from 'vitest';
import { bestPath, conversationOutcome } from '../../src/content/conversation';
import { storyCoaching } from '../../src/content/storyCoaching';
import { createSeason } from '../../src/sim/season';
import { shippedScenario } from './support/shipped';

describe('scripted players hold a story conversation', () => {
  const scenario = shippedScenario('tutorial');
  const prepare = storyCoaching(scenario);
  const state = createSeason(scenario.setup, 1);
  const storyDeal = scenario.setup.deals.find((deal) => deal.storyId)!;
  const story = scenario.stories[storyDeal.storyId!]!;

  test('the first time a story deal is coached, with the best path’s outcome', () => {
    const withDeal = {
      ...state,
      deals: [...state.deals, { ...state.deals[0]!, id: storyDeal.id, storyId: story.id }],
    };
    const prepared = prepare({ type: 'coach', dealId: storyDeal.id, style: 'tell' }, withDeal);
    expect(prepared).toMatchObject({ type: 'coach', style: 'ask' });
    expect(prepared.type === 'coach' && prepared.conversation).toEqual(
      conversationOutcome(bestPath(story).map((taken) => taken.choice)),
    );
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
    const coachAgain = { type: 'coach' as const, dealId: storyDeal.id, style: 'ask' as const };
    expect(prepare(coachAgain, held)).toBe(coachAgain);
    const rescue = { type: 'rescue' as const, dealId: storyDeal.id, concession: 'none' as const };
    expect(prepare(rescue, held)).toBe(rescue);
  });
});
