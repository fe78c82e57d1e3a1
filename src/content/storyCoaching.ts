/**
 * Scripted players hold a story deal's talks by stated rules, never choosing
 * by the lines' effects:
 * - the coaching conversation, the first time they coach that deal: at every
 *   beat the first line in the decision's style (the coach always asks; the
 *   rescuer tells), else the first line;
 * - the rescue call, when they rescue a story deal that has one: at every
 *   beat the first line that gives what they meant to give (a discount, free
 *   services, or nothing with the manager in the lead: a manager in a hurry
 *   takes the call over), else the first line;
 * - the review talk, when they review a story deal's loss: every scripted
 *   player that reviews is a coach, so it asks: the first line that asks at
 *   every beat, else the first line.
 * Other decisions pass through unchanged.
 */
import type { Decision } from '../sim/decisions';
import type { SeasonState } from '../sim/state';
import type { Concession } from '../sim/vocabulary';
import { ruledPath, ruledWay } from './conversation';
import type { Scenario } from './scenario';
import type { CallChoice } from './story';

/** The call line a player who meant to give this would take. */
export function givesWhatWasMeant(concession: Concession): (line: CallChoice) => boolean {
  return (line) => {
    const give = line.give ?? {};
    if (concession === 'discount') return (give.discount ?? 0) > 0;
    if (concession === 'free-services') return (give.freeServices ?? 0) > 0;
    return (
      give.discount === undefined && give.freeServices === undefined && line.lead === 'manager'
    );
  };
}

export function storyCoaching(
  scenario: Scenario,
): (decision: Decision, state: SeasonState) => Decision {
  return (decision, state) => {
    if (decision.type === 'week.advance' || decision.type === 'deal.stayOut') return decision;
    const deal = state.deals.find((d) => d.id === decision.dealId);
    const story = deal?.storyId ? scenario.stories[deal.storyId] : undefined;
    if (!story || !deal) return decision;
    const { week, dealId } = decision;
    switch (decision.type) {
      case 'deal.coach': {
        if (deal.conversationHeld || decision.lines) return decision;
        const lines = ruledPath(story, decision.style).map((taken) => taken.index);
        return { type: 'deal.coach', week, dealId, lines };
      }
      case 'deal.rescue': {
        if (!story.rescue || decision.lines) return decision;
        const lines = ruledWay(story.rescue, givesWhatWasMeant(decision.concession));
        return { type: 'deal.rescue', week, dealId, lines: lines.map((taken) => taken.index) };
      }
      case 'loss.review': {
        if (!story.review || decision.lines) return decision;
        const lines = ruledWay(story.review, (line) => line.style === 'ask');
        return { type: 'loss.review', week, dealId, lines: lines.map((taken) => taken.index) };
      }
    }
  };
}
