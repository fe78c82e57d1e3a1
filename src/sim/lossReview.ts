/**
 * Reviewing a loss with the rep, blamelessly and soon: what the customer
 * decided and why, which idea was weak, what the rep will do differently.
 * It builds capability and keeps ownership where it belongs.
 */
import { type ConversationOutcome, coachingQuality } from './coaching';
import { conversationOutcome, conversationStyle } from './conversationLines';
import { checkHours } from './hours';
import { type MoveResult, type Rejection, reject } from './result';
import type { SeasonState } from './state';
import { Step } from './step';
import { freshStory } from './storyPlan';
import { storyTalk } from './storyTalk';
import type { CoachingStyle } from './vocabulary';

export function checkReview(state: SeasonState, dealId: string): Rejection | undefined {
  if (state.ended) return reject('season-ended', 'The season is over.');
  const deal = state.deals.find((d) => d.id === dealId);
  if (!deal) return reject('unknown-deal', `There is no deal "${dealId}".`);
  const rep = state.reps.find((r) => r.id === deal.repId);
  if (!rep?.active || !rep.lessons.some((lesson) => lesson.dealId === dealId)) {
    return reject('no-lesson-to-review', `There is no fresh loss to review on ${deal.customer}.`);
  }
  return checkHours(state, state.tuning.hours.review, 'A review');
}

/** A story's review talk: the style it was held in (asking, or telling the rep what they did wrong), its lines' effects. */
export interface ReviewTalk {
  style: CoachingStyle;
  outcome: ConversationOutcome;
  lines: number[];
}

/** The review held through the story deal's written talk: the lines from its start to an ending. */
export function reviewThroughTalk(
  state: SeasonState,
  dealId: string,
  lines: readonly number[],
): MoveResult {
  const chosen = storyTalk(state, dealId, 'review', lines);
  if (!Array.isArray(chosen)) return chosen;
  return reviewLoss(state, dealId, {
    style: conversationStyle(chosen),
    outcome: conversationOutcome(chosen),
    lines: [...lines],
  });
}

/**
 * Reviewing the loss. Told what they did wrong, the rep learns only the
 * share telling teaches (as in coaching) and takes no ownership from it.
 */
export function reviewLoss(state: SeasonState, dealId: string, talk?: ReviewTalk): MoveResult {
  const rejection = checkReview(state, dealId);
  if (rejection) return rejection;
  const step = new Step(state, `d${state.nextDecisionNumber}`);
  const next = step.state;
  next.nextDecisionNumber += 1;
  const tuning = next.tuning;
  const deal = step.deal(dealId)!;
  const rep = step.rep(deal.repId)!;

  step.note('reviewed', deal.id);
  next.manager.committedHours += tuning.hours.review;
  next.weekHours.review += tuning.hours.review;
  rep.lessons = rep.lessons.filter((lesson) => lesson.dealId !== dealId);

  const quality = coachingQuality(next, rep);
  const told = talk?.style === 'tell';
  const share = told ? tuning.coaching.tellLearnShare : 1;
  step.shiftRep(
    rep,
    'capability',
    tuning.review.learnRate * (1 - rep.capability) * quality * share +
      (talk?.outcome.capability ?? 0),
  );
  step.shiftRep(
    rep,
    'ownership',
    (told ? 0 : tuning.review.ownership) + (talk?.outcome.ownership ?? 0),
  );
  step.shiftRep(rep, 'morale', tuning.review.morale + (talk?.outcome.morale ?? 0));
  if (talk) {
    deal.storySoFar = {
      ...(deal.storySoFar ?? freshStory()),
      review: { week: next.week, lines: talk.lines },
    };
  }
  return step.accept();
}
