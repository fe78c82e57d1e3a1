/**
 * The season's whole state: plain data, no methods, serialisable as JSON.
 * Moves take a state and return a new one; nothing here is ever mutated after
 * it is returned.
 */
import type { RandomState } from './random';
import type { DealSetup, EventSetup } from './setup';
import type { StorySetup, StorySoFar } from './storyPlan';
import type { Tuning } from './tuning';
import type { Concession, DealIdea, DealStage, DealStatus, HelpCause } from './vocabulary';

export interface Lesson {
  dealId: string;
  /** Weeks until the lesson fades unreviewed. */
  weeksLeft: number;
}

export interface Rep {
  id: string;
  name: string;
  bio: string;
  active: boolean;
  capability: number;
  ownership: number;
  morale: number;
  /** Capability fades toward this floor without practice and coaching. */
  capabilityFloor: number;
  /** Losses not yet reviewed. */
  lessons: Lesson[];
  tenureWeeks: number;
  lowMoraleWeeks: number;
  /** Coaching hours this rep received in each of the last four weeks, newest last. */
  coachingHours: number[];
  /** Own results, newest last, at most 6: 1 won, 0 lost. */
  results: number[];
  /** Rises with each rescue of this rep's deals, fades week by week. */
  rescuedRecently: number;
  /** The rep this one replaced, if hired mid-season. */
  replaces?: string;
}

export interface RescueRecord {
  week: number;
  concession: Concession;
  /** Win odds after the rescue. */
  odds: number;
  /** Week by which the customer decides. */
  decideByWeek: number;
}

export interface Deal {
  id: string;
  customer: string;
  repId: string;
  value: number;
  status: DealStatus;
  weeksInStage: number;
  stageWeeks: number;
  /** Hidden strategy quality, 0..1. */
  quality: number;
  weakIdea: DealIdea;
  /** Visible warning signals: ideas that look weak from outside. */
  signals: DealIdea[];
  /** Stages in which the manager coached this deal. */
  coachedIn: DealStage[];
  rescue?: RescueRecord;
  /** Money given away as discount (on a win). */
  discount: number;
  freeServiceHours: number;
  createdWeek: number;
  closedWeek?: number;
  storyId?: string;
  /** The story's coaching conversation has been held (its effects count once). */
  conversationHeld?: boolean;
  /** A story deal's record: what was coached and how, which beats fired, the crisis, the call, the review. */
  storySoFar?: StorySoFar;
  /** Times the rep asked the manager for help on this deal this week. */
  helpRequests: number;
  /** Why they asked this week, and the cause their words point to (the cue is right most of the time). */
  help?: { cause: HelpCause; cue: HelpCause };
  /** The week the manager chose to stay out of this deal, if they did. */
  stayedOutWeek?: number;
}

export interface Manager {
  energy: number;
  backlogHours: number;
  burnedOut: boolean;
  sickWeek: boolean;
  /** Hours committed to choices this week. */
  committedHours: number;
  /** Hours owed this week from last week's rescues. */
  followUpHours: number;
  /** Follow-up hours this week's rescues will cost next week. */
  followUpNextWeek: number;
  /** Extra admin this week from events. */
  extraAdminHours: number;
  burnoutWeeks: number;
  /** Requests for help fielded this week (drawn when the week opens). */
  helpRequests: number;
  /** Real obstacles handed back lately: the team sees an absent manager when it grows. Fades week by week. */
  absence: number;
}

export interface Ledger {
  /** Money booked, net of discounts, cumulative. */
  bookings: number;
  /** Money given away in discounts, cumulative. */
  discountGiven: number;
  freeServiceHours: number;
  dealsWon: number;
  dealsLost: number;
  repsQuit: number;
  helpRequests: number;
  overloadWeeks: number;
}

/** What the week offered when it opened: the inbox and the hours left to choose with. */
export interface WeekOpening {
  inbox: number;
  hoursLeft: number;
  /** Requests for help the reps made when the week opened. */
  helpRequests: number;
  /** Open deals on the board per active rep when the week opened. */
  openDealsPerRep: number;
}

/** A stock that moved, and why. */
export interface LogEntry {
  week: number;
  /** What caused it: a decision id such as "d12", or a weekly cause such as "week.morale". */
  cause: string;
  kind: LogKind;
  /** Who or what moved: a rep id, a deal id, "manager" or "team". */
  subject: string;
  stock?: string;
  delta?: number;
  /** Free detail for explanations (a concession, an outcome). */
  detail?: string;
  /** A coaching: the idea it was about (the deal's weakest then) and the stage the deal was in. */
  about?: { idea: DealIdea; stage: DealStage };
}

export const logKinds = [
  'coached',
  'rescued',
  'reviewed',
  'stayedOut',
  'tookOver',
  'stock',
  'dealArrived',
  'dealAdvanced',
  'dealWon',
  'dealLost',
  'dealStalled',
  'helpRequested',
  'lessonFaded',
  'repQuit',
  'repHired',
  'burnedOut',
  'recovered',
  'sickWeek',
  'event',
  'storyBeat',
  'storyCrisis',
] as const;
export type LogKind = (typeof logKinds)[number];

/** One week's figures, recorded at its end, for charts and the runner. */
export interface WeekRecord {
  week: number;
  capability: number;
  ownership: number;
  morale: number;
  hoursDemanded: number;
  hoursWorked: number;
  hoursCapacity: number;
  energy: number;
  bookings: number;
  discountGiven: number;
  /** Discounts plus what the free services given away cost, cumulative money. */
  marginGiven: number;
  helpRequests: number;
  /** Decisions the inbox offered when the week opened. */
  inbox: number;
  /** Hours left to choose with when the week opened. */
  freeHours: number;
  /** Open deals per rep on the board when the week opened. */
  openDealsPerRep: number;
  dealsWon: number;
  dealsLost: number;
  repsQuit: number;
  coachingHours: number;
  rescueHours: number;
  backlogHours: number;
  burnedOut: boolean;
}

export interface SeasonState {
  setupId: string;
  seed: number;
  /** The week being planned, 1-based; weeks + 1 once the season has ended. */
  week: number;
  weeks: number;
  quotaPerQuarter: number;
  currency: string;
  ended: boolean;
  random: RandomState;
  tuning: Tuning;
  reps: Rep[];
  deals: Deal[];
  manager: Manager;
  ledger: Ledger;
  /** Deals authored to arrive later, not yet in the pipeline. */
  upcoming: DealSetup[];
  events: EventSetup[];
  /** The story deals' statecharts, as the model reads them (no words), by storyId. */
  stories: Readonly<Record<string, StorySetup>>;
  customers: string[];
  valueRange: [number, number];
  replacementNames: string[];
  nextDealNumber: number;
  nextDecisionNumber: number;
  /** Hours spent this week by kind, for the week record. */
  weekHours: { coach: number; rescue: number; review: number };
  /** What this week offered when it opened. */
  opened: WeekOpening;
  /** The log of past weeks, one array per week, and this week's so far. */
  pastLog: LogEntry[][];
  log: LogEntry[];
  history: WeekRecord[];
  /** The team's means and the manager's energy as week 1 opens: where every "from" starts. */
  opening: SeasonOpening;
}

export interface SeasonOpening {
  capability: number;
  ownership: number;
  morale: number;
  energy: number;
}
