/**
 * A player's style, read from their decisions: of what the inbox offered
 * them, the share of coaching windows they coached, of losses they reviewed,
 * and of requests for help they coached or handed back; and rescues against
 * the deals that went south (a rescue of a late deal the inbox did not show
 * counts too, up to all of them). Read by replaying the session
 * week by week: what each week's inbox held when it opened, and what the
 * player did with it.
 */

import { applyDecision, type Decision } from './decisions';
import { type InboxKind, inboxEntries } from './inbox';
import { createSeason } from './season';
import type { SeasonSetup } from './setup';

export interface PlayerStyle {
  /** Shares, 0..1, of what was offered. */
  coachWindows: number;
  /** Rescues against the deals the inbox showed going south, at most 1. */
  rescueSouth: number;
  reviewLosses: number;
  coachRequests: number;
  handBackRequests: number;
  /** What the shares were read from: items offered of each kind. */
  offered: Record<InboxKind, number>;
}

const share = (taken: number, offered: number) => (offered > 0 ? taken / offered : 0);

export function readStyle(
  setup: SeasonSetup,
  seed: number,
  decisions: readonly Decision[],
): PlayerStyle {
  let state = createSeason(setup, seed);
  const offered: Record<InboxKind, number> = {
    'loss-to-review': 0,
    help: 0,
    'going-south': 0,
    'coach-window': 0,
  };
  const taken = { coachWindows: 0, reviewLosses: 0, coachRequests: 0, handBack: 0 };
  let opening = new Map<string, InboxKind>();
  let rescues = 0;
  const open = () => {
    opening = new Map(inboxEntries(state).map((entry) => [entry.dealId, entry.kind]));
    for (const kind of opening.values()) offered[kind] += 1;
  };
  open();
  for (const decision of decisions) {
    const result = applyDecision(state, decision);
    if (!result.ok) break;
    if (decision.type === 'week.advance') {
      state = result.state;
      if (!state.ended) open();
      continue;
    }
    const kind = opening.get(decision.dealId);
    if (kind === 'coach-window' && decision.type === 'deal.coach') taken.coachWindows += 1;
    if (decision.type === 'deal.rescue') rescues += 1;
    if (kind === 'loss-to-review' && decision.type === 'loss.review') taken.reviewLosses += 1;
    if (kind === 'help' && decision.type === 'deal.coach') taken.coachRequests += 1;
    if (kind === 'help' && decision.type === 'deal.stayOut') taken.handBack += 1;
    // An item answered once this week is not counted twice.
    if (kind) opening.delete(decision.dealId);
    state = result.state;
  }
  return {
    coachWindows: share(taken.coachWindows, offered['coach-window']),
    rescueSouth:
      offered['going-south'] > 0
        ? Math.min(1, rescues / offered['going-south'])
        : rescues > 0
          ? 1
          : 0,
    reviewLosses: share(taken.reviewLosses, offered['loss-to-review']),
    coachRequests: share(taken.coachRequests, offered.help),
    handBackRequests: share(taken.handBack, offered.help),
    offered,
  };
}
