/** A new season from a scenario's setup and a seed. */

import { mean } from './clamp';
import { seedRandom } from './random';
import { newRep } from './reps';
import type { SeasonSetup } from './setup';
import type { SeasonState } from './state';
import { Step } from './step';
import { applyTuning } from './tuning';
import { dealStages } from './vocabulary';
import { addGenerated, openWeek } from './week';

export function createSeason(setup: SeasonSetup, seed: number): SeasonState {
  const tuning = applyTuning(setup.tuning);
  const blank: SeasonState = {
    setupId: setup.id,
    seed,
    week: 1,
    weeks: setup.weeks,
    quotaPerQuarter: setup.quotaPerQuarter,
    currency: setup.currency,
    ended: false,
    random: seedRandom(seed),
    tuning,
    reps: setup.team.map((rep) => newRep(rep, tuning.reps.floorShare)),
    deals: [],
    manager: {
      energy: 0.85,
      backlogHours: 0,
      burnedOut: false,
      sickWeek: false,
      committedHours: 0,
      followUpHours: 0,
      followUpNextWeek: 0,
      extraAdminHours: 0,
      burnoutWeeks: 0,
      helpRequests: 0,
      absence: 0,
    },
    ledger: {
      bookings: 0,
      discountGiven: 0,
      freeServiceHours: 0,
      dealsWon: 0,
      dealsLost: 0,
      repsQuit: 0,
      helpRequests: 0,
      overloadWeeks: 0,
    },
    upcoming: setup.deals.map((deal) => ({ ...deal })),
    events: setup.events,
    stories: setup.stories ?? {},
    customers: setup.market.customers,
    valueRange: setup.market.valueRange,
    replacementNames: setup.market.replacementNames,
    nextDealNumber: 1,
    nextDecisionNumber: 1,
    weekHours: { coach: 0, rescue: 0, review: 0 },
    opened: { inbox: 0, hoursLeft: 0, helpRequests: 0, openDealsPerRep: 0 },
    pastLog: [],
    log: [],
    history: [],
    opening: { capability: 0, ownership: 0, morale: 0, energy: 0 },
  };
  const step = new Step(blank, 'setup');
  // The pipeline is already running on week 1: each rep has deals in the early stages.
  for (const rep of step.state.reps) {
    for (let i = 0; i < setup.market.openingDealsPerRep; i += 1) {
      const deal = addGenerated(step, rep.id, rep.capability);
      deal.status = dealStages[step.draws.integer(0, 2)]!;
      deal.weeksInStage = step.draws.integer(0, deal.stageWeeks - 1);
    }
  }
  // openWeek brings in authored deals for week 1, week-1 events and help requests.
  step.state.manager.sickWeek = false;
  openWeek(step);
  const active = step.state.reps.filter((rep) => rep.active);
  step.state.opening = {
    capability: mean(active.map((rep) => rep.capability)),
    ownership: mean(active.map((rep) => rep.ownership)),
    morale: mean(active.map((rep) => rep.morale)),
    energy: step.state.manager.energy,
  };
  return step.finish();
}
