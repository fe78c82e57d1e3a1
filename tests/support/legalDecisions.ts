/** Every decision the sim would accept right now: the space property tests pick from. */
import { checkCoachDeal } from '../../src/sim/coaching';
import { isOpen } from '../../src/sim/deals';
import type { Decision } from '../../src/sim/decisions';
import { checkReview } from '../../src/sim/lossReview';
import { checkRescueDeal } from '../../src/sim/rescue';
import type { SeasonState } from '../../src/sim/state';
import { coachingStyles, concessions } from '../../src/sim/vocabulary';

export function legalDecisions(state: SeasonState): Decision[] {
  const decisions: Decision[] = [];
  for (const deal of state.deals) {
    if (!isOpen(deal)) continue;
    if (!checkCoachDeal(state, deal)) {
      for (const style of coachingStyles) decisions.push({ type: 'coach', dealId: deal.id, style });
    }
    if (!checkRescueDeal(state, deal)) {
      for (const concession of concessions)
        decisions.push({ type: 'rescue', dealId: deal.id, concession });
    }
    if (deal.stayedOutWeek !== state.week) decisions.push({ type: 'stayOut', dealId: deal.id });
  }
  for (const rep of state.reps) {
    if (!rep.active) continue;
    for (const lesson of rep.lessons) {
      if (!checkReview(state, lesson.dealId))
        decisions.push({ type: 'review', dealId: lesson.dealId });
      decisions.push({ type: 'stayOut', dealId: lesson.dealId });
    }
  }
  return decisions;
}
