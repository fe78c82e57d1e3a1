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
  const week = state.week;
  for (const deal of state.deals) {
    if (!isOpen(deal)) continue;
    if (!checkCoachDeal(state, deal)) {
      for (const style of coachingStyles)
        decisions.push({ type: 'deal.coach', week, dealId: deal.id, style });
    }
    if (!checkRescueDeal(state, deal)) {
      for (const concession of concessions)
        decisions.push({ type: 'deal.rescue', week, dealId: deal.id, concession });
    }
    if (deal.stayedOutWeek !== state.week)
      decisions.push({ type: 'deal.stayOut', week, dealId: deal.id });
  }
  for (const rep of state.reps) {
    if (!rep.active) continue;
    for (const lesson of rep.lessons) {
      if (!checkReview(state, lesson.dealId))
        decisions.push({ type: 'loss.review', week, dealId: lesson.dealId });
      decisions.push({ type: 'deal.stayOut', week, dealId: lesson.dealId });
    }
  }
  return decisions;
}
