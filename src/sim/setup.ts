/**
 * What a season starts from: the plain, already-validated data a scenario
 * file becomes (src/content turns files into this). The model reads only this.
 */
import type { StorySetup } from './storyPlan';
import type { TuningOverrides } from './tuning';
import type { DealIdea, DealStage } from './vocabulary';

export interface RepSetup {
  id: string;
  name: string;
  bio: string;
  capability: number;
  ownership: number;
  morale: number;
}

/** A deal already in the pipeline on week 1, or authored to arrive later. */
export interface DealSetup {
  id: string;
  customer: string;
  repId: string;
  value: number;
  stage: DealStage;
  /** Hidden strategy quality, 0..1. */
  quality: number;
  /** The idea the rep's plan is weakest on. */
  weakIdea: DealIdea;
  /** Week it enters the pipeline (1 = already there at the start). */
  arrivesWeek: number;
  /** The authored story this deal carries, if any (its coaching conversation). */
  storyId?: string;
}

export interface MarketSetup {
  /** Deal value range in the scenario's money. */
  valueRange: [number, number];
  customers: string[];
  /** Names for reps hired to replace those who quit. */
  replacementNames: string[];
  /** Generated deals each rep already has in the early stages on week 1. */
  openingDealsPerRep: number;
}

/** Something that happens to the team in a given week. */
export interface EventSetup {
  id: string;
  week: number;
  headline: string;
  text: string;
  effects: {
    teamMorale?: number;
    repId?: string;
    repMorale?: number;
    repOwnership?: number;
    /** Extra admin hours for the manager that week. */
    adminHours?: number;
    /** Quality change to every open deal. */
    openDealQuality?: number;
  };
}

export interface SeasonSetup {
  id: string;
  title: string;
  weeks: number;
  /** Bookings target per 13-week quarter. */
  quotaPerQuarter: number;
  currency: string;
  team: RepSetup[];
  market: MarketSetup;
  deals: DealSetup[];
  events: EventSetup[];
  /** The story deals' statecharts (lines, guards and effects, no words), by storyId. */
  stories?: Record<string, StorySetup>;
  tuning?: TuningOverrides;
}
