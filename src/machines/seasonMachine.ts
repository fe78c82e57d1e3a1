/**
 * The season: weeks of decisions over the pure model in src/sim. Every
 * guard and action calls a sim function; this machine adds the life cycle
 * (playing, ended), one spawned deal actor per deal, the replay log of
 * decisions, and the past-tense events the view and the audio listen to.
 */
import { enqueueActions, setup } from 'xstate';
import { isAtRisk, isOpen } from '../sim/deals';
import { applyDecision, type Decision } from '../sim/decisions';
import type { Rejection } from '../sim/result';
import { createSeason } from '../sim/season';
import type { SeasonSetup } from '../sim/setup';
import type { Deal, LogEntry, SeasonState } from '../sim/state';
import { advanceWeek } from '../sim/week';
import { type DealEvent, type DealInput, dealMachine } from './dealMachine';
import {
  acceptedEventType,
  decisionFromEvent,
  type MoveEvent,
  type SeasonEmitted,
  type SeasonEvent,
} from './seasonEvents';

export interface SeasonInput {
  setup: SeasonSetup;
  seed: number;
}

/** One accepted decision, in the order taken: the replay. */
export interface DecisionRecord {
  week: number;
  decision: Decision;
}

export interface SeasonContext {
  state: SeasonState;
  decisions: DecisionRecord[];
  /** The last move the sim turned down, until the next accepted one. */
  rejection: Rejection | null;
}

/** What a step of the season asks of the machine: spawn a deal actor, tell one something, or emit. */
type Relay =
  | { kind: 'spawn'; id: string; input: DealInput }
  | { kind: 'send'; dealId: string; event: DealEvent }
  | { kind: 'stop'; dealId: string }
  | { kind: 'emit'; event: SeasonEmitted };

interface Relayer {
  spawn(id: string, input: DealInput): void;
  send(dealId: string, event: DealEvent): void;
  stop(dealId: string): void;
  emit(event: SeasonEmitted): void;
}

function perform(relay: readonly Relay[], to: Relayer): void {
  for (const item of relay) {
    if (item.kind === 'spawn') to.spawn(item.id, item.input);
    else if (item.kind === 'send') to.send(item.dealId, item.event);
    else if (item.kind === 'stop') to.stop(item.dealId);
    else to.emit(item.event);
  }
}

function spawnDeal(state: SeasonState, deal: Deal): Relay[] {
  if (!isOpen(deal)) return [];
  return [
    {
      kind: 'spawn',
      id: deal.id,
      input: { dealId: deal.id, stage: deal.status, atRisk: isAtRisk(deal, state.tuning) },
    },
  ];
}

/** Turns a week's log into deal-actor updates and emitted events. */
function relayLog(state: SeasonState, entries: readonly LogEntry[]): Relay[] {
  const relay: Relay[] = [];
  const deals = new Map(state.deals.map((deal) => [deal.id, deal]));
  const emit = (event: SeasonEmitted) => relay.push({ kind: 'emit', event });
  const send = (dealId: string, event: DealEvent) => relay.push({ kind: 'send', dealId, event });
  for (const entry of entries) {
    const deal = deals.get(entry.subject);
    switch (entry.kind) {
      case 'dealArrived':
        if (deal) relay.push(...spawnDeal(state, deal));
        emit({ type: 'deal.arrived', dealId: entry.subject, week: entry.week });
        break;
      case 'dealAdvanced':
        if (deal && isOpen(deal)) {
          send(deal.id, {
            type: 'deal.advanced',
            to: deal.status,
            atRisk: isAtRisk(deal, state.tuning),
          });
        }
        break;
      case 'dealStalled':
        if (deal && isOpen(deal)) send(deal.id, { type: 'deal.stalled' });
        break;
      case 'dealWon':
      case 'dealLost': {
        const outcome = entry.kind === 'dealWon' ? 'won' : 'lost';
        send(entry.subject, { type: 'deal.decided', outcome });
        // A decided deal's actor has done its work; it leaves the season's children.
        relay.push({ kind: 'stop', dealId: entry.subject });
        emit({
          type: outcome === 'won' ? 'deal.won' : 'deal.lost',
          dealId: entry.subject,
          week: entry.week,
        });
        break;
      }
      case 'helpRequested':
        emit({ type: 'help.requested', dealId: entry.subject, week: entry.week });
        break;
      case 'repQuit':
      case 'repHired':
        emit({
          type: entry.kind === 'repQuit' ? 'rep.quit' : 'rep.hired',
          repId: entry.subject,
          week: entry.week,
        });
        break;
      case 'burnedOut':
      case 'recovered':
        emit({
          type: entry.kind === 'burnedOut' ? 'manager.burnedOut' : 'manager.recovered',
          week: entry.week,
        });
        break;
      default:
        break;
    }
  }
  return relay;
}

export const seasonMachine = setup({
  types: {
    context: {} as SeasonContext,
    events: {} as SeasonEvent,
    input: {} as SeasonInput,
    emitted: {} as SeasonEmitted,
  },
  actors: { deal: dealMachine },
  guards: {
    seasonEnded: ({ context }) => context.state.ended,
  },
  actions: {
    spawnOpeningDeals: enqueueActions(({ context, enqueue }) => {
      const relay = context.state.deals.flatMap((deal) => spawnDeal(context.state, deal));
      perform(relay, {
        spawn: (id, input) => enqueue.spawnChild('deal', { id, input }),
        send: (dealId, event) => enqueue.sendTo(dealId, event),
        stop: (dealId) => enqueue.stopChild(dealId),
        emit: (event) => enqueue.emit(event),
      });
    }),
    applyMove: enqueueActions(({ context, event, enqueue }) => {
      if (event.type === 'week.advance') return;
      const decision = decisionFromEvent(event as MoveEvent);
      const result = applyDecision(context.state, decision);
      if (!result.ok) {
        enqueue.assign({ rejection: result });
        enqueue.emit({ type: 'move.rejected', rejection: result });
        return;
      }
      const week = context.state.week;
      enqueue.assign({
        state: result.state,
        decisions: [...context.decisions, { week, decision }],
        rejection: null,
      });
      if (decision.type === 'rescue') enqueue.sendTo(decision.dealId, { type: 'deal.rescued' });
      enqueue.emit({ type: acceptedEventType[decision.type], dealId: decision.dealId, week });
    }),
    advanceWeek: enqueueActions(({ context, enqueue }) => {
      const result = advanceWeek(context.state);
      if (!result.ok) {
        enqueue.assign({ rejection: result });
        enqueue.emit({ type: 'move.rejected', rejection: result });
        return;
      }
      const next = result.state;
      enqueue.assign({ state: next, rejection: null });
      // Relay what the week's end added to its log (its earlier entries were relayed as they
      // happened), then the opening of the new week.
      const weekEnd = (next.pastLog[next.pastLog.length - 1] ?? []).slice(context.state.log.length);
      const relay = [...relayLog(next, weekEnd), ...relayLog(next, next.log)];
      perform(relay, {
        spawn: (id, input) => enqueue.spawnChild('deal', { id, input }),
        send: (dealId, event) => enqueue.sendTo(dealId, event),
        stop: (dealId) => enqueue.stopChild(dealId),
        emit: (event) => enqueue.emit(event),
      });
      enqueue.emit({ type: 'week.advanced', week: next.week - 1 });
    }),
    announceEnd: enqueueActions(({ context, enqueue }) => {
      enqueue.emit({ type: 'season.ended', week: context.state.weeks });
    }),
  },
}).createMachine({
  id: 'season',
  context: ({ input }) => ({
    state: createSeason(input.setup, input.seed),
    decisions: [],
    rejection: null,
  }),
  entry: 'spawnOpeningDeals',
  initial: 'playing',
  states: {
    playing: {
      on: {
        'deal.coach': { actions: 'applyMove' },
        'deal.rescue': { actions: 'applyMove' },
        'loss.review': { actions: 'applyMove' },
        'deal.stayOut': { actions: 'applyMove' },
        'week.advance': { target: 'weekEnding', actions: 'advanceWeek' },
      },
    },
    /** A passing state: after the last week the season ends, otherwise the next week is played. */
    weekEnding: {
      always: [{ target: 'ended', guard: 'seasonEnded' }, { target: 'playing' }],
    },
    ended: {
      type: 'final',
      entry: 'announceEnd',
    },
  },
});
