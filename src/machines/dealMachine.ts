/**
 * One actor per deal, spawned by the season machine under its registered
 * name (so persisted snapshots restore it). Each stage is a state with three
 * health states inside it: on track, at risk, stalled. Tags mark what the
 * view reads: `coachable` while coaching can still shape the deal,
 * `rescuable` once it is late, and `atRisk` / `stalled`.
 *
 * The rules that move a deal live in src/sim; the season machine forwards
 * their outcomes here as events, and the guards check them against the
 * sim's own stage order.
 */
import { setup } from 'xstate';
import { nextStage } from '../sim/deals';
import { coachingStages, type DealOutcome, type DealStage, dealStages } from '../sim/vocabulary';

export interface DealInput {
  dealId: string;
  stage: DealStage;
  atRisk: boolean;
}

export interface DealContext {
  dealId: string;
  /** Where the deal entered the pipeline (deals already running start past qualify). */
  start: DealInput;
}

export type DealEvent =
  | { type: 'deal.advanced'; to: DealStage; atRisk: boolean }
  | { type: 'deal.rescued' }
  | { type: 'deal.decided'; outcome: DealOutcome }
  | { type: 'deal.stalled' };

export const dealHealths = ['onTrack', 'atRisk', 'stalled'] as const;
export type DealHealth = (typeof dealHealths)[number];

const target = (stage: DealStage, health: DealHealth) => `#deal.${stage}.${health}`;

function stageState(stage: DealStage) {
  const advance = dealStages
    .filter((to) => nextStage(stage) === to)
    .flatMap((to) => [
      { target: target(to, 'atRisk'), guard: 'advancesAtRisk' as const },
      { target: target(to, 'onTrack') },
    ]);
  return {
    tags: [coachingStages.includes(stage) ? 'coachable' : 'rescuable'],
    initial: 'onTrack' as const,
    on: {
      'deal.advanced': advance,
      'deal.stalled': `.stalled`,
      // A rescue pushes the customer straight to a decision.
      'deal.rescued': stage === 'decide' ? [] : [{ target: target('decide', 'atRisk') }],
    },
    states: {
      onTrack: {},
      atRisk: { tags: ['atRisk'] },
      stalled: { tags: ['stalled'] },
    },
  };
}

export const dealMachine = setup({
  types: {
    context: {} as DealContext,
    events: {} as DealEvent,
    input: {} as DealInput,
  },
  guards: {
    advancesAtRisk: ({ event }) => event.type === 'deal.advanced' && event.atRisk,
    startsIn: ({ context }, params: { stage: DealStage; atRisk: boolean }) =>
      context.start.stage === params.stage && context.start.atRisk === params.atRisk,
    won: ({ event }) => event.type === 'deal.decided' && event.outcome === 'won',
  },
}).createMachine({
  id: 'deal',
  context: ({ input }) => ({ dealId: input.dealId, start: input }),
  initial: 'entering',
  on: {
    'deal.decided': [{ target: '.won', guard: 'won' }, { target: '.lost' }],
  },
  states: {
    /** Passing through: into the stage and health the deal starts with. */
    entering: {
      always: dealStages.flatMap((stage) =>
        [true, false].map((atRisk) => ({
          target: target(stage, atRisk ? 'atRisk' : 'onTrack'),
          guard: { type: 'startsIn' as const, params: { stage, atRisk } },
        })),
      ),
    },
    qualify: stageState('qualify'),
    discover: stageState('discover'),
    propose: stageState('propose'),
    negotiate: stageState('negotiate'),
    decide: stageState('decide'),
    won: { type: 'final', tags: ['won'] },
    lost: { type: 'final', tags: ['lost'] },
  },
});
