/**
 * Reps ask the manager for help, for one of two reasons. A real obstacle is
 * likelier on a weak deal and for a rep who lacks the skill; habit is likelier
 * when the rep's ownership is low, and more so after rescues (a rescued team
 * learns to hand deals up). Near a quarter's end the gap to quota makes reps
 * plead for their late deals. What the rep says points to the true cause most
 * of the time, not always. A request left unanswered is taken over: the
 * manager does the work (the request's hours), which fixes a real obstacle
 * but takes ownership from the rep.
 */
import { isLate, isOpen } from './deals';
import { quotaPressure } from './quota';
import type { Deal, Rep } from './state';
import type { Step } from './step';
import type { Tuning } from './tuning';
import type { HelpCause } from './vocabulary';

/** How strongly a deal draws a real-obstacle request: weak deals, unskilled reps, late deals under quota pressure. */
function obstacleWeight(deal: Deal, rep: Rep, pleading: number): number {
  return (1 - deal.quality) ** 2 * (1.2 - rep.capability) * (isLate(deal) ? 1 + pleading : 1);
}

/** Expected habit requests per week from this rep. */
function habitRate(rep: Rep, openDeals: number, help: Tuning['help']): number {
  if (openDeals === 0) return 0;
  return (
    help.habitRate *
    (1 - rep.ownership) ** 2 *
    (1 + help.rescuedPull * rep.rescuedRecently) *
    Math.min(1, openDeals / 3)
  );
}

/** Clears last week's requests and draws this week's, each on one of the rep's deals, with its cause and cue. */
export function drawHelpRequests(step: Step): void {
  const state = step.state;
  const { help } = state.tuning;
  for (const deal of state.deals) {
    if (deal.helpRequests > 0 || deal.help) {
      const writable = step.deal(deal.id)!;
      writable.helpRequests = 0;
      delete writable.help;
    }
  }
  state.manager.helpRequests = 0;
  const pleading = quotaPressure(state) * state.tuning.quota.pleading;
  // Each rep's open, unrescued deals, gathered in one pass, in pipeline order.
  const openByRep = new Map<string, Deal[]>();
  for (const deal of state.deals) {
    if (!isOpen(deal) || deal.rescue) continue;
    const list = openByRep.get(deal.repId);
    if (list) list.push(deal);
    else openByRep.set(deal.repId, [deal]);
  }
  for (const rep of state.reps) {
    if (!rep.active) continue;
    const open = openByRep.get(rep.id) ?? [];
    if (open.length === 0) continue;
    const weights = open.map((deal) => obstacleWeight(deal, rep, pleading));
    const total = weights.reduce((sum, w) => sum + w, 0);
    const obstacles = step.draws.poisson(help.obstacleRate * total);
    const habits = step.draws.poisson(habitRate(rep, open.length, help));
    for (let i = 0; i < obstacles; i += 1)
      ask(step, pickWeighted(step, open, weights, total), 'obstacle');
    for (let i = 0; i < habits; i += 1)
      ask(step, open[step.draws.integer(0, open.length - 1)]!, 'habit');
  }
}

function ask(step: Step, asked: Deal, cause: HelpCause): void {
  const state = step.state;
  const deal = step.deal(asked.id)!;
  deal.helpRequests += 1;
  // A deal with a real obstacle shows it, whatever else the rep asks about.
  if (!deal.help || (cause === 'obstacle' && deal.help.cause === 'habit')) {
    const other: HelpCause = cause === 'obstacle' ? 'habit' : 'obstacle';
    deal.help = { cause, cue: step.draws.chance(state.tuning.help.cueAccuracy) ? cause : other };
  }
  state.manager.helpRequests += 1;
  state.ledger.helpRequests += 1;
  step.note('helpRequested', deal.id, { detail: deal.repId });
}

function pickWeighted(step: Step, deals: Deal[], weights: number[], total: number): Deal {
  let at = step.draws.next() * total;
  for (let i = 0; i < deals.length; i += 1) {
    at -= weights[i]!;
    if (at < 0) return deals[i]!;
  }
  return deals[deals.length - 1]!;
}

/** Answers a request: the deal's requests leave the manager's week. */
export function clearRequests(step: Step, deal: Deal): void {
  step.state.manager.helpRequests -= deal.helpRequests;
  deal.helpRequests = 0;
  delete deal.help;
}

/**
 * The requests nobody answered are taken over when the week ends: the
 * manager did the work, as far as the week's hours reached (`done`, the share
 * of the hours demanded that were worked). A real obstacle is fixed, or, when
 * the hours ran out, left waiting, which hurts the deal; the rep learns
 * nothing and owns a little less; habit is fed.
 */
export function takeOverUnanswered(step: Step, done: number): void {
  const state = step.state;
  const { help } = state.tuning;
  for (const open of state.deals) {
    if (!isOpen(open) || open.helpRequests === 0 || !open.help) continue;
    const deal = step.deal(open.id)!;
    const rep = step.rep(deal.repId);
    const cause = deal.help!.cause;
    step.note('tookOver', deal.id, { detail: cause });
    // Work the week had no hours for is not done: a real obstacle left waiting hurts the deal.
    if (cause === 'obstacle')
      step.shiftDealQuality(
        deal,
        step.draws.chance(done) ? help.takeOverLift : -help.handBackDealLoss,
        'week.takeOver',
      );
    if (rep?.active) {
      const [obstacleLoss, habitLoss] = help.takeOverOwnership;
      step.shiftRep(
        rep,
        'ownership',
        -(cause === 'obstacle' ? obstacleLoss : habitLoss),
        'week.takeOver',
      );
      if (cause === 'habit') rep.rescuedRecently += help.takeOverPull;
    }
  }
}
