/**
 * Plain data for the view. Scenes draw what these hand them and never
 * compute a stock or decide an outcome themselves.
 */

import { quarterOf, weekInQuarter } from './calendar';
import { shortCustomerName } from './customerNames';

export { quarterOf, weeksPerQuarter } from './calendar';

import { checkCoachDeal, coachHours, hasOpenRequest, recentCoaching } from './coaching';
import { isAtRisk, isLate, isOpen } from './deals';
import { hoursCapacity, hoursLeft } from './hours';
import { type InboxKind, inboxEntries, inboxKinds } from './inbox';
import { checkReview } from './lossReview';
import { rescuedOdds, winOdds } from './odds';
import { quarterBookings } from './quota';
import { checkRescueDeal } from './rescue';
import type { Deal, Rep, SeasonState } from './state';
import { stayOutFreesHours } from './stayOut';
import {
  type Concession,
  concessions,
  type DealIdea,
  type DealStage,
  dealIdeaWarnings,
  dealStageNames,
  dealStages,
  type HelpResponse,
  helpCueLines,
} from './vocabulary';

export type PlayerAction = 'coach' | 'rescue' | 'review' | 'stay-out';

export interface ActionOption {
  action: PlayerAction;
  hours: number;
  /** Hours this week it gives back (staying out of a deal the rep asked help on). */
  freesHours?: number;
  /**
   * When the rep asked for help on the deal, which answer this option is:
   * coach it, take it over (a rescue, on a late deal), or hand it back.
   */
  answer?: HelpResponse;
  /** Why it cannot be taken now, when it cannot. */
  unavailable?: string;
  /**
   * Coaching only: the rep's coaching hours in the last four weeks, the useful
   * dose, and whether this session goes past it (the rep starts to feel watched).
   */
  dose?: { recentHours: number; doseHours: number; pastDose: boolean };
}

export interface RepView {
  id: string;
  name: string;
  bio: string;
  capability: number;
  ownership: number;
  morale: number;
  tenureWeeks: number;
  /** Hired this season to replace someone who quit. */
  isNew: boolean;
  openDeals: number;
  helpRequests: number;
  lessonsToReview: number;
}

export interface DealCardView {
  id: string;
  customer: string;
  /** The customer's first word, which tells it from every other (for a crowded card). */
  shortCustomer: string;
  repId: string;
  repName: string;
  value: number;
  stage: DealStage;
  /** Visible warning signals, in words. */
  warnings: string[];
  /** The same signals as the ideas they are about (for icons). */
  warningIdeas: DealIdea[];
  atRisk: boolean;
  coachedThisStage: boolean;
  rescued: boolean;
  helpRequests: number;
  storyId?: string;
}

export interface HoursView {
  /** What the week can hold (less when drained, half when off sick). */
  capacity: number;
  normal: number;
  admin: number;
  helpRequests: number;
  followUp: number;
  committed: number;
  left: number;
  backlog: number;
  energy: number;
  burnedOut: boolean;
  sickWeek: boolean;
}

export type { InboxKind } from './inbox';

export interface InboxItem {
  kind: InboxKind;
  dealId: string;
  repId: string;
  customer: string;
  /** The customer's first word, which tells it from every other (for a compact line). */
  shortCustomer: string;
  repName: string;
  title: string;
  options: ActionOption[];
}

export interface QuarterView {
  quarter: number;
  weekInQuarter: number;
  bookings: number;
  quota: number;
  discountGiven: number;
}

export interface BoardView {
  week: number;
  weeks: number;
  ended: boolean;
  currency: string;
  team: RepView[];
  pipeline: { stage: DealStage; name: string; deals: DealCardView[] }[];
  hours: HoursView;
  quarter: QuarterView;
  inbox: InboxItem[];
}

function repOf(state: SeasonState, repId: string): Rep | undefined {
  return state.reps.find((rep) => rep.id === repId);
}

export { quarterBookings } from './quota';

export function hoursView(state: SeasonState): HoursView {
  const { manager, tuning } = state;
  return {
    capacity: hoursCapacity(state),
    normal: tuning.manager.normalHours,
    admin: tuning.manager.adminHours + manager.extraAdminHours,
    helpRequests: manager.helpRequests * tuning.hours.helpRequest,
    followUp: manager.followUpHours,
    committed: manager.committedHours,
    left: hoursLeft(state),
    backlog: manager.backlogHours,
    energy: manager.energy,
    burnedOut: manager.burnedOut,
    sickWeek: manager.sickWeek,
  };
}

function dealCard(state: SeasonState, deal: Deal & { status: DealStage }): DealCardView {
  return {
    id: deal.id,
    customer: deal.customer,
    shortCustomer: shortCustomerName(deal.customer),
    repId: deal.repId,
    repName: repOf(state, deal.repId)?.name ?? '',
    value: deal.value,
    stage: deal.status,
    warnings: deal.signals.map((idea) => dealIdeaWarnings[idea]),
    warningIdeas: [...deal.signals],
    atRisk: isAtRisk(deal, state.tuning),
    coachedThisStage: deal.coachedIn.includes(deal.status),
    rescued: Boolean(deal.rescue),
    helpRequests: deal.helpRequests,
    ...(deal.storyId ? { storyId: deal.storyId } : {}),
  };
}

/**
 * The choices a deal offers this week, each with its hours and, if barred,
 * why. When the rep asked for help, each is one of the three answers; left
 * unanswered, the request is taken over at the week's end (its hours are
 * already in the week).
 */
export function dealOptions(state: SeasonState, deal: Deal): ActionOption[] {
  const { hours } = state.tuning;
  const coachBar = checkCoachDeal(state, deal);
  const rescueBar = checkRescueDeal(state, deal);
  const asked = hasOpenRequest(deal);
  const rep = repOf(state, deal.repId);
  const options: ActionOption[] = [
    {
      action: 'coach',
      hours: coachHours(state, deal),
      ...(rep ? { dose: doseView(state, rep, coachHours(state, deal)) } : {}),
      ...(asked ? { answer: 'coach' as const } : {}),
      ...(coachBar ? { unavailable: coachBar.message } : {}),
    },
    {
      action: 'rescue',
      hours: hours.rescue,
      // On a late deal, taking a request over is a rescue; on an early one it is leaving the request.
      ...(asked && isLate(deal) ? { answer: 'take-over' as const } : {}),
      ...(rescueBar ? { unavailable: rescueBar.message } : {}),
    },
  ];
  const frees = stayOutFreesHours(state, deal);
  options.push({
    action: 'stay-out',
    hours: 0,
    ...(frees > 0 ? { freesHours: frees, answer: 'hand-back' as const } : {}),
  });
  return options;
}

/** Where a session would leave the rep against the useful dose of coaching. */
function doseView(state: SeasonState, rep: Rep, hours: number): NonNullable<ActionOption['dose']> {
  const recentHours = recentCoaching(rep);
  const { doseHours } = state.tuning.coaching;
  return { recentHours, doseHours, pastDose: recentHours + hours > doseHours };
}

/** The inbox item's headline, in words. */
function inboxTitle(state: SeasonState, kind: InboxKind, deal: Deal): string {
  const rep = repOf(state, deal.repId);
  const name = rep?.name ?? 'A rep';
  switch (kind) {
    case 'loss-to-review':
      return `${name} lost ${deal.customer}. Review it together?`;
    case 'help':
      return `${name} asks for your help on ${deal.customer}: “${helpCueLines[deal.help?.cue ?? 'habit']}”`;
    case 'going-south':
      return `${deal.customer} is going south in ${dealStageNames[deal.status as DealStage].toLowerCase()}.`;
    case 'coach-window':
      return `${deal.customer} just entered ${dealStageNames[deal.status as DealStage].toLowerCase()}: a window to coach ${name}.`;
  }
}

/** The choices an inbox item offers: a fresh loss is reviewed or let go; a deal offers its choices. */
function inboxOptions(state: SeasonState, kind: InboxKind, deal: Deal): ActionOption[] {
  if (kind !== 'loss-to-review') return dealOptions(state, deal);
  const bar = checkReview(state, deal.id);
  return [
    {
      action: 'review',
      hours: state.tuning.hours.review,
      ...(bar ? { unavailable: bar.message } : {}),
    },
    { action: 'stay-out', hours: 0 },
  ];
}

/** The inbox as the board shows it: grouped by kind, in the model's order within each kind. */
function inbox(state: SeasonState): InboxItem[] {
  const items: InboxItem[] = [];
  const entries = inboxEntries(state);
  const byKind = inboxKinds.flatMap((kind) => entries.filter((entry) => entry.kind === kind));
  for (const entry of byKind) {
    const deal = state.deals.find((d) => d.id === entry.dealId);
    if (!deal) continue;
    items.push({
      kind: entry.kind,
      dealId: deal.id,
      repId: deal.repId,
      customer: deal.customer,
      shortCustomer: shortCustomerName(deal.customer),
      repName: repOf(state, deal.repId)?.name ?? '',
      title: inboxTitle(state, entry.kind, deal),
      options: inboxOptions(state, entry.kind, deal),
    });
  }
  return items;
}

export function repView(state: SeasonState, rep: Rep): RepView {
  const mine = state.deals.filter((deal) => deal.repId === rep.id && isOpen(deal));
  return {
    id: rep.id,
    name: rep.name,
    bio: rep.bio,
    capability: rep.capability,
    ownership: rep.ownership,
    morale: rep.morale,
    tenureWeeks: rep.tenureWeeks,
    isNew: Boolean(rep.replaces),
    openDeals: mine.length,
    helpRequests: mine.reduce((sum, deal) => sum + deal.helpRequests, 0),
    lessonsToReview: rep.lessons.length,
  };
}

export function boardView(state: SeasonState): BoardView {
  const week = Math.min(state.week, state.weeks);
  const quarter = quarterOf(week);
  const reps = state.reps.filter((rep) => rep.active);
  const open = state.deals.filter(isOpen);
  return {
    week,
    weeks: state.weeks,
    ended: state.ended,
    currency: state.currency,
    team: reps.map((rep) => repView(state, rep)),
    pipeline: dealStages.map((stage) => ({
      stage,
      name: dealStageNames[stage],
      deals: open.filter((deal) => deal.status === stage).map((deal) => dealCard(state, deal)),
    })),
    hours: hoursView(state),
    quarter: {
      quarter,
      weekInQuarter: weekInQuarter(week),
      bookings: quarterBookings(state, quarter),
      quota: state.quotaPerQuarter,
      discountGiven: state.ledger.discountGiven,
    },
    inbox: inbox(state),
  };
}

export interface RescueOptionView {
  concession: Concession;
  /** The deal's odds after the rescue with this concession, as the manager would estimate them. */
  odds: number;
}

/** The rescue screen: odds now, and with each concession. Odds are shown rounded to a band, never exact. */
export function rescueView(
  state: SeasonState,
  dealId: string,
): { oddsNow: number; options: RescueOptionView[] } | undefined {
  const deal = state.deals.find((d) => d.id === dealId);
  if (!deal) return undefined;
  return {
    oddsNow: winOdds(deal.quality, state.tuning),
    options: concessions.map((concession) => ({
      concession,
      odds: rescuedOdds(deal.quality, concession, state.tuning),
    })),
  };
}

/** What every screen says about the season itself: its money and its length. */
export interface SeasonFacts {
  currency: string;
  weeks: number;
}

export function seasonFacts(state: SeasonState): SeasonFacts {
  return { currency: state.currency, weeks: state.weeks };
}

/** A rep's place on the team, which picks their colour (it stays when they leave). */
export function repSlot(state: SeasonState, repId: string): number {
  return state.reps.findIndex((rep) => rep.id === repId);
}
