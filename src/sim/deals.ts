/** Deals: how they are made, what warnings they show, how they age. */

import { clamp } from './clamp';
import { freeCustomers } from './customerNames';
import type { Draws } from './random';
import type { DealSetup } from './setup';
import type { Deal, SeasonState } from './state';
import { freshStory } from './storyPlan';
import type { Tuning } from './tuning';
import {
  coachingStages,
  type DealIdea,
  type DealStage,
  type DealStatus,
  dealIdeas,
  dealStages,
  rescueStages,
} from './vocabulary';

export function isOpen(deal: Deal): deal is Deal & { status: DealStage } {
  return deal.status !== 'won' && deal.status !== 'lost';
}

export function isCoachable(deal: Deal): boolean {
  return isOpen(deal) && coachingStages.includes(deal.status);
}

export function isLate(deal: Deal): boolean {
  return isOpen(deal) && rescueStages.includes(deal.status);
}

export function stageIndex(status: DealStatus): number {
  return dealStages.indexOf(status as DealStage);
}

export function nextStage(stage: DealStage): DealStage | undefined {
  return dealStages[stageIndex(stage) + 1];
}

/** A deal is at risk when it shows enough warning signals. */
export function isAtRisk(deal: Deal, tuning: Tuning): boolean {
  return isOpen(deal) && deal.signals.length >= tuning.deals.atRiskSignals;
}

/**
 * Warning signals that correlate with the hidden quality: the weaker the plan,
 * the more ideas look weak from outside. The weakest idea shows most often;
 * now and then a strong deal shows a false alarm.
 */
export function drawSignals(quality: number, weakIdea: DealIdea, draws: Draws): DealIdea[] {
  const signals: DealIdea[] = [];
  const showWeakest = draws.chance(clamp(1.3 - quality * 1.4));
  if (showWeakest) signals.push(weakIdea);
  for (const idea of dealIdeas) {
    if (idea === weakIdea) continue;
    if (draws.chance(clamp(0.55 - quality) * 0.7 + 0.02)) signals.push(idea);
  }
  return signals;
}

export function drawStageWeeks(draws: Draws, tuning: Tuning): number {
  const [low, high] = tuning.deals.stageWeeks;
  return draws.integer(low, high);
}

/** A new deal from the market for this rep, its quality drawn from the rep's capability. */
export function generateDeal(
  state: SeasonState,
  repId: string,
  capability: number,
  draws: Draws,
): Deal {
  const tuning = state.tuning;
  const { qualityBase, qualitySlope, qualityNoise } = tuning.deals;
  // A rough normal draw: the sum of three uniforms, centred.
  const noise = (draws.next() + draws.next() + draws.next() - 1.5) * qualityNoise * 2;
  const quality = clamp(qualityBase + qualitySlope * capability + noise, 0.02, 0.98);
  const weakIdea = draws.pick(dealIdeas);
  const [low, high] = state.valueRange;
  const value = Math.round(draws.between(low, high) / 1000) * 1000;
  return {
    id: `deal-${state.nextDealNumber}`,
    customer: draws.pick(freeCustomers(state)),
    repId,
    value,
    status: 'qualify',
    weeksInStage: 0,
    stageWeeks: drawStageWeeks(draws, tuning),
    quality,
    weakIdea,
    signals: drawSignals(quality, weakIdea, draws),
    coachedIn: [],
    discount: 0,
    freeServiceHours: 0,
    createdWeek: state.week,
    helpRequests: 0,
  };
}

/** A deal written in the scenario, entering the pipeline. */
export function dealFromSetup(setup: DealSetup, week: number, draws: Draws, tuning: Tuning): Deal {
  return {
    id: setup.id,
    customer: setup.customer,
    repId: setup.repId,
    value: setup.value,
    status: setup.stage,
    weeksInStage: 0,
    stageWeeks: drawStageWeeks(draws, tuning),
    quality: setup.quality,
    weakIdea: setup.weakIdea,
    signals: drawSignals(setup.quality, setup.weakIdea, draws),
    coachedIn: [],
    discount: 0,
    freeServiceHours: 0,
    createdWeek: week,
    helpRequests: 0,
    ...(setup.storyId ? { storyId: setup.storyId, storySoFar: freshStory() } : {}),
  };
}
