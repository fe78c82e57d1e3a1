/**
 * Advancing a week: the manager's hours and energy settle, deals move and
 * are decided, reps learn, forget, drift and sometimes quit, then the next
 * week opens with new deals, the scenario's events and new requests for help.
 */
import { clamp } from './clamp';
import {
  dealFromSetup,
  drawSignals,
  drawStageWeeks,
  generateDeal,
  isOpen,
  nextStage,
} from './deals';
import { drawHelpRequests, takeOverUnanswered } from './helpRequests';
import { hoursCapacity, hoursDemanded, hoursLeft } from './hours';
import { inboxSize } from './inbox';
import { dealOdds } from './odds';
import { quotaPressure } from './quota';
import { type Draws, drawsFor } from './random';
import { ageRep, quits, replaceRep } from './reps';
import { type MoveResult, reject } from './result';
import type { Deal, SeasonState } from './state';
import { Step } from './step';
import { fireStoryBeats } from './storyBeats';
import { recordWeek } from './weekRecord';

/** Chance per week that a weak deal stalls at the end of its stage instead of moving on. */
const stallChance = (quality: number) => 0.35 * (1 - quality);

export function advanceWeek(state: SeasonState): MoveResult {
  if (state.ended) return reject('season-ended', 'The season is over.');
  const step = new Step(state, 'week');
  const id = `w${state.week}`;
  const next = step.state;

  const figures = settleHours(step);
  takeOverUnanswered(step, figures.worked / Math.max(1, figures.demanded));
  next.manager.absence *= next.tuning.help.absenceKeep;
  for (const deal of next.deals) {
    if (isOpen(deal)) moveDeal(step, step.deal(deal.id)!);
  }
  for (const rep of [...next.reps]) {
    if (!rep.active) continue;
    ageRep(step, rep);
    if (quits(step, rep)) replaceRep(step, rep);
  }
  next.history = [...next.history, recordWeek(next, figures)];

  next.pastLog = [...next.pastLog, next.log];
  next.log = [];
  next.week += 1;
  if (next.week > next.weeks) {
    next.ended = true;
    return step.accept(id);
  }
  openWeek(step);
  return step.accept(id);
}

/** Hours worked against hours demanded; overtime and backlog drain energy. */
function settleHours(step: Step): { demanded: number; worked: number; helpRequests: number } {
  const state = step.state;
  const { manager, ledger } = state;
  const t = state.tuning.manager;
  const demanded = hoursDemanded(state);
  const worked = Math.min(demanded, hoursCapacity(state));
  const helpRequests = state.opened.helpRequests;
  manager.backlogHours = Math.min(3 * t.normalHours, (demanded - worked) * t.backlogCarry);
  if (demanded > t.normalHours) ledger.overloadWeeks += 1;

  const overtime = clamp((worked - t.normalHours) / (t.hardCapHours - t.normalHours));
  const pressure = clamp(manager.backlogHours / t.normalHours);
  const target = clamp(1 - 0.7 * overtime - 0.7 * pressure);
  step.shiftEnergy((target - manager.energy) / t.energyWeeks, 'week.hours');

  if (!manager.burnedOut && manager.energy < t.burnoutBelow) {
    manager.burnedOut = true;
    step.note('burnedOut', 'manager');
  } else if (manager.burnedOut && manager.energy > t.recoverAbove) {
    manager.burnedOut = false;
    step.note('recovered', 'manager');
  }
  if (manager.burnedOut) manager.burnoutWeeks += 1;
  return { demanded, worked, helpRequests };
}

function moveDeal(step: Step, deal: Deal): void {
  const state = step.state;
  deal.weeksInStage += 1;
  if (deal.rescue) {
    if (state.week >= deal.rescue.decideByWeek) decide(step, deal);
    return;
  }
  if (deal.weeksInStage < deal.stageWeeks) return;
  if (deal.status === 'decide') {
    decide(step, deal);
    return;
  }
  if (step.draws.chance(stallChance(deal.quality))) {
    deal.stageWeeks += 1;
    step.note('dealStalled', deal.id, { detail: deal.status });
    return;
  }
  const stage = nextStage(deal.status as Exclude<Deal['status'], 'won' | 'lost'>);
  if (!stage) return;
  deal.status = stage;
  deal.weeksInStage = 0;
  deal.stageWeeks = drawStageWeeks(step.draws, state.tuning);
  deal.signals = drawSignals(deal.quality, deal.weakIdea, step.draws);
  step.note('dealAdvanced', deal.id, { detail: stage });
}

function decide(step: Step, deal: Deal): void {
  const state = step.state;
  const tuning = state.tuning;
  const rep = step.rep(deal.repId);
  // Each deal's decision has its own draw, so the same seed's deal meets the same luck in every play.
  const won = drawsFor(state.seed, `decide.${deal.id}`).chance(dealOdds(deal, tuning));
  deal.closedWeek = state.week;
  if (won) {
    deal.status = 'won';
    state.ledger.bookings += deal.value - deal.discount;
    state.ledger.discountGiven += deal.discount;
    state.ledger.freeServiceHours += deal.freeServiceHours;
    state.ledger.dealsWon += 1;
    // Someone has to deliver the free services: the team's hours, arranged through the manager.
    if (deal.freeServiceHours > 0)
      state.manager.followUpNextWeek += tuning.rescue.freeServiceFollowUp;
    step.note('dealWon', deal.id, {
      delta: deal.value - deal.discount,
      detail: deal.rescue?.concession ?? 'own',
    });
    if (rep?.active && !deal.rescue) {
      // Learning by doing: only on deals the rep ran themselves.
      rep.results = [...rep.results.slice(-5), 1];
      step.shiftRep(
        rep,
        'capability',
        tuning.reps.learnByDoing * (1 - rep.capability),
        'week.ownWin',
      );
      step.shiftRep(rep, 'ownership', tuning.reps.ownershipFromOwnWin, 'week.ownWin');
    }
  } else {
    deal.status = 'lost';
    // A lost rescue leaves nothing given away.
    deal.discount = 0;
    deal.freeServiceHours = 0;
    state.ledger.dealsLost += 1;
    step.note('dealLost', deal.id, { detail: deal.rescue ? 'rescued' : 'own' });
    if (rep?.active) {
      rep.results = [...rep.results.slice(-5), 0];
      rep.lessons.push({ dealId: deal.id, weeksLeft: tuning.review.lessonWeeks });
    }
  }
}

/** The next week opens: last week's follow-ups fall due, deals arrive, events land, reps ask for help. */
export function openWeek(step: Step): void {
  const state = step.state;
  const manager = state.manager;
  manager.committedHours = 0;
  manager.followUpHours = manager.followUpNextWeek;
  manager.followUpNextWeek = 0;
  manager.extraAdminHours = 0;
  manager.sickWeek = manager.burnedOut && step.draws.chance(state.tuning.manager.sickWeekChance);
  if (manager.sickWeek) step.note('sickWeek', 'manager');
  state.weekHours = { coach: 0, rescue: 0, review: 0 };
  arriveDeals(step);
  applyEvents(step);
  fireStoryBeats(step);
  // Pressure from above: with a gap to quota near the quarter's end, more forecast calls.
  manager.extraAdminHours += state.tuning.quota.pressureHours * quotaPressure(state);
  drawHelpRequests(step);
  state.opened = {
    inbox: inboxSize(state),
    hoursLeft: hoursLeft(state),
    helpRequests: manager.helpRequests,
    openDealsPerRep:
      state.deals.filter(isOpen).length / Math.max(1, state.reps.filter((r) => r.active).length),
  };
}

export function arriveDeals(step: Step): void {
  const state = step.state;
  for (const rep of state.reps) {
    if (!rep.active) continue;
    // The market's own draws: the same deals come to this rep this week whatever the manager did.
    const market = drawsFor(state.seed, `arrivals.${state.week}.${rep.id}`);
    const count = market.poisson(state.tuning.deals.arrivalsPerRep);
    for (let i = 0; i < count; i += 1) addGenerated(step, rep.id, rep.capability, market);
  }
  const arriving = state.upcoming.filter((deal) => deal.arrivesWeek <= state.week);
  state.upcoming = state.upcoming.filter((deal) => deal.arrivesWeek > state.week);
  for (const setup of arriving) {
    const deal = dealFromSetup(setup, state.week, step.draws, state.tuning);
    const owner = state.reps.find((rep) => rep.id === deal.repId);
    // A story deal whose rep has left goes to whoever took over from them.
    if (owner && !owner.active)
      deal.repId =
        state.reps.find((rep) => rep.replaces === owner.id && rep.active)?.id ?? deal.repId;
    step.addDeal(deal);
    step.note('dealArrived', deal.id, { detail: deal.repId });
  }
}

export function addGenerated(
  step: Step,
  repId: string,
  capability: number,
  draws: Draws = step.draws,
): Deal {
  const deal = generateDeal(step.state, repId, capability, draws);
  step.state.nextDealNumber += 1;
  step.addDeal(deal);
  step.note('dealArrived', deal.id, { detail: repId });
  return deal;
}

function applyEvents(step: Step): void {
  const state = step.state;
  for (const event of state.events) {
    if (event.week !== state.week) continue;
    const cause = `event.${event.id}`;
    step.note('event', 'team', { detail: event.id });
    const effects = event.effects;
    if (effects.teamMorale) {
      for (const rep of state.reps)
        if (rep.active) step.shiftRep(rep, 'morale', effects.teamMorale, cause);
    }
    const rep = effects.repId
      ? state.reps.find((r) => r.id === effects.repId && r.active)
      : undefined;
    if (rep && effects.repMorale) step.shiftRep(rep, 'morale', effects.repMorale, cause);
    if (rep && effects.repOwnership) step.shiftRep(rep, 'ownership', effects.repOwnership, cause);
    if (effects.adminHours) state.manager.extraAdminHours += effects.adminHours;
    if (effects.openDealQuality) {
      for (const deal of state.deals) {
        if (isOpen(deal))
          step.shiftDealQuality(step.deal(deal.id)!, effects.openDealQuality, cause);
      }
    }
  }
}
