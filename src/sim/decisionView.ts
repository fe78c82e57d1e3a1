/**
 * The decision screen's data: one deal, its rep, its visible warnings, the
 * choices it offers this week with their hours, and what a rescue would
 * cost and give, with odds shown only as a band.
 */
import { hasOpenRequest } from './coaching';
import { isOpen, stageIndex } from './deals';
import { hoursLeft } from './hours';
import { checkReview } from './lossReview';
import { rescuedOdds, winOdds } from './odds';
import { type ActionOption, dealOptions, type RepView, repView } from './selectors';
import type { Deal, SeasonState } from './state';
import type { StorySoFar } from './storyPlan';
import {
  type Concession,
  concessions,
  type DealIdea,
  type DealStatus,
  dealIdeaWarnings,
  helpCueLines,
} from './vocabulary';

/** A chance shown as a range ten points wide, never as the exact figure. */
export interface OddsBand {
  low: number;
  high: number;
}

export function oddsBand(odds: number): OddsBand {
  const low = Math.min(0.9, Math.floor(Math.max(0, odds) * 10) / 10);
  return { low, high: Math.round((low + 0.1) * 10) / 10 };
}

/** The odds a player reads off the band the game shows: its middle. */
export function shownOdds(odds: number): number {
  const band = oddsBand(odds);
  return (band.low + band.high) / 2;
}

export interface RescueChoiceView {
  concession: Concession;
  odds: OddsBand;
  /**
   * What the customer would get, in money (discount) or hours (free
   * services, with what those hours cost us in money).
   */
  givesAway?:
    | { kind: 'money'; low: number; high: number }
    | { kind: 'hours'; low: number; high: number; costLow: number; costHigh: number };
}

/** A request for help waiting on this deal: what the rep says, and what leaving it costs. */
export interface RequestView {
  /** The rep's words: they point to the true cause most of the time, not always. */
  says: string;
  /** Hours the request takes from the week if it is left (taken over at the week's end). */
  hoursIfLeft: number;
}

export interface RescueDetail {
  hours: number;
  followUpHours: number;
  oddsNow: OddsBand;
  /** Week by which the customer would decide after a rescue. */
  decideByWeek: number;
  choices: RescueChoiceView[];
  ownershipLoss: number;
  moraleLoss: number;
  teamOwnershipLoss: number;
}

export interface WarningView {
  idea: DealIdea;
  text: string;
}

export interface DecisionView {
  dealId: string;
  customer: string;
  value: number;
  status: DealStatus;
  /** 0–4 for the stages, −1 once decided. */
  stageIndex: number;
  rep: RepView | undefined;
  /** The idea the rep's plan is weakest on: what a rep says when asked about their plan. */
  weakIdea: DealIdea;
  warnings: WarningView[];
  coachedStages: number;
  rescued: boolean;
  storyId?: string;
  /** A story deal's record so far: what was coached and how, the beats that fired, the crisis, the call, the review. */
  storySoFar?: StorySoFar;
  /** The story deal's coaching conversation has been held: coaching it again is a plain session. */
  conversationHeld?: boolean;
  /** 'loss' when the decision is about reviewing a lost deal. */
  kind: 'deal' | 'loss';
  options: ActionOption[];
  hoursLeft: number;
  rescue?: RescueDetail;
  request?: RequestView;
}

function rescueDetail(state: SeasonState, deal: Deal): RescueDetail {
  const { tuning } = state;
  const [shareLow, shareHigh] = tuning.rescue.discountShare;
  const [servicesLow, servicesHigh] = tuning.rescue.freeServiceHours;
  return {
    hours: tuning.hours.rescue,
    followUpHours: tuning.hours.rescueFollowUp,
    oddsNow: oddsBand(winOdds(deal.quality, tuning)),
    decideByWeek: state.week + tuning.rescue.decideWithinWeeks,
    choices: concessions.map((concession) => ({
      concession,
      odds: oddsBand(rescuedOdds(deal.quality, concession, tuning)),
      ...(concession === 'discount'
        ? {
            givesAway: {
              kind: 'money' as const,
              low: Math.round(deal.value * shareLow),
              high: Math.round(deal.value * shareHigh),
            },
          }
        : concession === 'free-services'
          ? {
              givesAway: {
                kind: 'hours' as const,
                low: servicesLow,
                high: servicesHigh,
                costLow: servicesLow * tuning.rescue.freeServiceCost,
                costHigh: servicesHigh * tuning.rescue.freeServiceCost,
              },
            }
          : {}),
    })),
    ownershipLoss: tuning.rescue.ownershipLoss,
    moraleLoss: tuning.rescue.moraleLoss,
    teamOwnershipLoss: tuning.rescue.teamOwnershipLoss,
  };
}

export function decisionView(state: SeasonState, dealId: string): DecisionView | undefined {
  const deal = state.deals.find((d) => d.id === dealId);
  if (!deal) return undefined;
  const rep = state.reps.find((r) => r.id === deal.repId);
  const open = isOpen(deal);
  const loss = deal.status === 'lost';
  const reviewBar = loss ? checkReview(state, deal.id) : undefined;
  const options: ActionOption[] = loss
    ? [
        {
          action: 'review',
          hours: state.tuning.hours.review,
          ...(reviewBar ? { unavailable: reviewBar.message } : {}),
        },
        { action: 'stay-out', hours: 0 },
      ]
    : open
      ? dealOptions(state, deal)
      : [];
  return {
    dealId: deal.id,
    customer: deal.customer,
    value: deal.value,
    status: deal.status,
    stageIndex: open ? stageIndex(deal.status) : -1,
    rep: rep ? repView(state, rep) : undefined,
    weakIdea: deal.weakIdea,
    warnings: open ? deal.signals.map((idea) => ({ idea, text: dealIdeaWarnings[idea] })) : [],
    coachedStages: deal.coachedIn.length,
    rescued: Boolean(deal.rescue),
    ...(deal.storyId ? { storyId: deal.storyId } : {}),
    ...(deal.storySoFar ? { storySoFar: deal.storySoFar } : {}),
    ...(deal.conversationHeld ? { conversationHeld: true } : {}),
    kind: loss ? 'loss' : 'deal',
    options,
    hoursLeft: hoursLeft(state),
    ...(open && !loss ? { rescue: rescueDetail(state, deal) } : {}),
    ...(hasOpenRequest(deal)
      ? {
          request: {
            says: helpCueLines[deal.help?.cue ?? 'habit'],
            hoursIfLeft: deal.helpRequests * state.tuning.hours.helpRequest,
          },
        }
      : {}),
  };
}
