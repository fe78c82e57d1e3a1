/**
 * Scripted players hold a story deal's conversation the way a model coach
 * would: the first time they coach that deal, the best path's outcome and
 * style go with the decision. Other decisions pass through unchanged.
 */
import type { Decision } from '../sim/decisions';
import type { SeasonState } from '../sim/state';
import { bestPath, conversationOutcome, conversationStyle } from './conversation';
import type { Scenario } from './scenario';

export function storyCoaching(
  scenario: Scenario,
): (decision: Decision, state: SeasonState) => Decision {
  return (decision, state) => {
    if (decision.type !== 'coach') return decision;
    const deal = state.deals.find((d) => d.id === decision.dealId);
    const story = deal?.storyId ? scenario.stories[deal.storyId] : undefined;
    if (!story || deal?.conversationHeld) return decision;
    const choices = bestPath(story).map((taken) => taken.choice);
    return {
      ...decision,
      style: conversationStyle(choices),
      conversation: conversationOutcome(choices),
    };
  };
}
