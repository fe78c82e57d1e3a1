/**
 * Scripted players hold a story deal's conversation by a stated rule: the
 * first time they coach that deal, they take the lines of the ruled path in
 * the decision's style (the coach always asks; the rescuer tells), never
 * choosing by the lines' effects. Other decisions pass through unchanged.
 */
import type { Decision } from '../sim/decisions';
import type { SeasonState } from '../sim/state';
import { ruledPath } from './conversation';
import type { Scenario } from './scenario';

export function storyCoaching(
  scenario: Scenario,
): (decision: Decision, state: SeasonState) => Decision {
  return (decision, state) => {
    if (decision.type !== 'deal.coach') return decision;
    const deal = state.deals.find((d) => d.id === decision.dealId);
    const story = deal?.storyId ? scenario.stories[deal.storyId] : undefined;
    if (!story || deal?.conversationHeld) return decision;
    const lines = ruledPath(story, decision.style ?? 'ask').map((taken) => taken.index);
    return { type: 'deal.coach', week: decision.week, dealId: decision.dealId, lines };
  };
}
