/**
 * A story deal's rescue call, as a rescue: the lines the manager took, from
 * the call's start to an ending, say what was given away (a discount of the
 * size the lines chose, free services, or nothing), who led the call (the
 * manager, or the rep with the manager beside them: most lines decide) and
 * what the words add. The rescue itself is the one rule in rescue.ts.
 */
import { conversationOutcome } from './conversationLines';
import { rescue } from './rescue';
import type { MoveResult } from './result';
import type { SeasonState } from './state';
import { type CallLead, callGiveLimits, type RescueLine } from './storyPlan';
import { storyTalk } from './storyTalk';
import type { Concession } from './vocabulary';

/** What a path through the call gives away, its concession and who led it. */
export function callTerms(lines: readonly RescueLine[]): {
  concession: Concession;
  discountShare: number;
  freeServiceHours: number;
  lead: CallLead;
} {
  const discountShare = Math.min(
    callGiveLimits.discount,
    lines.reduce((sum, line) => sum + (line.give?.discount ?? 0), 0),
  );
  const freeServiceHours = Math.min(
    callGiveLimits.freeServices,
    lines.reduce((sum, line) => sum + (line.give?.freeServices ?? 0), 0),
  );
  const repLed = lines.filter((line) => line.lead === 'rep').length;
  return {
    concession: discountShare > 0 ? 'discount' : freeServiceHours > 0 ? 'free-services' : 'none',
    discountShare,
    freeServiceHours,
    lead: repLed * 2 > lines.length ? 'rep' : 'manager',
  };
}

export function rescueThroughCall(
  state: SeasonState,
  dealId: string,
  lines: readonly number[],
): MoveResult {
  const chosen = storyTalk(state, dealId, 'rescue', lines);
  if (!Array.isArray(chosen)) return chosen;
  const terms = callTerms(chosen);
  return rescue(state, {
    dealId,
    concession: terms.concession,
    call: {
      discountShare: terms.discountShare,
      freeServiceHours: terms.freeServiceHours,
      lead: terms.lead,
      outcome: conversationOutcome(chosen),
      lines: [...lines],
    },
  });
}
