/**
 * Scripted players hold a story deal's conversation the way a model coach
 * would: the first time they coach that deal, they take the lines of the
 * best path (src/content/conversation's bestPath). Other decisions pass
 * through unchanged.
 */
import type { Decision } from '../sim/decisions';
import type { SeasonState } from '../sim/state';
import { bestPath } from './conversation';
import type { Scenario } from './scenario';

export function storyCoaching(
  scenario: Scenario,
): (decision: Decision, state: SeasonState) => Decision {
  return (decision, state) => {
    if (decision.type !== 'deal.coach') return decision;
    const deal = state.deals.find((d) => d.id === decision.dealId);
    const story = deal?.storyId ? scenario.stories[deal.storyId] : undefined;
    if (!story || deal?.conversationHeld) return decision;
    const lines = bestPath(story).map((taken) => taken.index);
    return { type: 'deal.coach', week: decision.week, dealId: decision.dealId, lines };
  };
}
