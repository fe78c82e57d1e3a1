/**
 * Checks on a story deal's middle beats and crisis: each fires on one
 * trigger (a week, a stage, a scenario event) that can come while the deal
 * is open, each guard names one thing from the closed lists and can hold
 * along some history (an idea a guard asks about is taught by some line of
 * the deal's coaching conversation), and beat ids are used once.
 */
import { stageIndex } from '../sim/deals';
import { guardKind } from '../sim/storyBeats';
import { type DealIdea, dealIdeaNames, rescueStages } from '../sim/vocabulary';
import type { ErrorReport } from './errorReport';
import type { DataPath } from './scenarioError';
import type { DealEntry, GuardEntry, TriggerEntry } from './scenarioSchema';
import { didYouMean, listNames } from './spelling';

/** What a checked story can know of the scenario around it. */
export interface StoryContext {
  weeks: number;
  events: readonly { id: string; week: number }[];
}

/** Why a trigger can never come for this deal, or undefined when it can. */
export function triggerProblem(
  on: TriggerEntry,
  deal: Pick<DealEntry, 'stage' | 'arrivesWeek'>,
  context: StoryContext,
): { message: string; hint: string; field: string } | undefined {
  const given = (['week', 'stage', 'event'] as const).filter((key) => on[key] !== undefined);
  if (given.length !== 1) {
    return {
      field: '',
      message:
        given.length === 0
          ? 'says nothing about when it fires'
          : `gives ${given.join(' and ')}: a beat fires on one of them`,
      hint: 'give one of "week", "stage" or "event"',
    };
  }
  if (on.week !== undefined && on.week > context.weeks) {
    return {
      field: 'week',
      message: `week ${on.week} is after the season ends (week ${context.weeks}), so it never fires`,
      hint: `use a week from ${deal.arrivesWeek} to ${context.weeks}`,
    };
  }
  if (on.week !== undefined && on.week < deal.arrivesWeek) {
    return {
      field: 'week',
      message: `week ${on.week} comes before the deal arrives (week ${deal.arrivesWeek})`,
      hint: `use a week from ${deal.arrivesWeek} to ${context.weeks}`,
    };
  }
  if (on.stage !== undefined && stageIndex(on.stage) <= stageIndex(deal.stage)) {
    return {
      field: 'stage',
      message: `the deal arrives in ${deal.stage}, so it is already at ${on.stage} and this would fire the moment it arrives`,
      hint: 'use a later stage than the one the deal arrives in, or a week',
    };
  }
  if (on.event !== undefined) {
    const event = context.events.find((e) => e.id === on.event);
    const names = context.events.map((e) => e.id);
    if (!event) {
      return {
        field: 'event',
        message: `unknown event "${on.event}"`,
        hint: `${didYouMean(on.event, names)}events: ${listNames(names)}`,
      };
    }
    if (event.week < deal.arrivesWeek) {
      return {
        field: 'event',
        message: `event "${on.event}" lands in week ${event.week}, before the deal arrives (week ${deal.arrivesWeek}), so it never fires`,
        hint: 'use an event in a later week, or a week or stage',
      };
    }
  }
  return undefined;
}

/** Why a guard is not one thing from the closed lists, or can never hold; undefined when it is fine. */
function guardProblem(
  guard: GuardEntry,
  taught: ReadonlySet<DealIdea>,
): { message: string; hint: string } | undefined {
  const kinds = (['coached', 'strength', 'stock'] as const).filter((k) => guard[k] !== undefined);
  if (kinds.length !== 1) {
    return {
      message:
        kinds.length === 0
          ? 'names nothing to check'
          : `names ${kinds.join(' and ')}: a condition checks one thing`,
      hint: 'give one of "coached", "strength" or "stock" (write two conditions for two)',
    };
  }
  const kind = guardKind(guard);
  if (guard.style !== undefined && kind !== 'coached')
    return { message: '"style" goes only with "coached"', hint: 'remove "style"' };
  if ((guard.above !== undefined || guard.below !== undefined) && kind !== 'stock')
    return {
      message: '"above" and "below" go with "stock" (inside "strength" for the deal)',
      hint: 'write "strength": { "above": 0.5 } for the deal, or add "stock"',
    };
  if (kind === 'coached' && guard.coached && !taught.has(guard.coached)) {
    return {
      message: `asks whether ${dealIdeaNames[guard.coached]} ("${guard.coached}") was coached, but no line of this deal's coaching conversation is about it, so it can only hold by chance`,
      hint: `add a line with "idea": "${guard.coached}" to the conversation, or ask about an idea it teaches: ${listNames([...taught])}`,
    };
  }
  const range = kind === 'strength' ? (guard.strength ?? {}) : guard;
  if (kind !== 'coached' && range.above === undefined && range.below === undefined)
    return { message: 'gives no bound', hint: 'add "above" or "below", a value from 0 to 1' };
  if (
    kind !== 'coached' &&
    range.above !== undefined &&
    range.below !== undefined &&
    range.above >= range.below
  )
    return {
      message: `above ${range.above} and below ${range.below} can never both hold`,
      hint: 'make "above" smaller than "below"',
    };
  return undefined;
}

function checkGuards(
  report: ErrorReport,
  at: DataPath,
  guards: readonly GuardEntry[] | undefined,
  taught: ReadonlySet<DealIdea>,
): void {
  (guards ?? []).forEach((guard, index) => {
    const problem = guardProblem(guard, taught);
    if (problem) report.add([...at, 'when', index], problem.message, problem.hint);
  });
}

function checkTrigger(
  report: ErrorReport,
  at: DataPath,
  on: TriggerEntry,
  deal: DealEntry,
  context: StoryContext,
): void {
  const problem = triggerProblem(on, deal, context);
  if (problem)
    report.add(
      [...at, 'on', ...(problem.field ? [problem.field] : [])],
      problem.message,
      problem.hint,
    );
}

export function checkStoryBeats(
  report: ErrorReport,
  at: DataPath,
  deal: DealEntry,
  taught: ReadonlySet<DealIdea>,
  context: StoryContext,
): void {
  const seen = new Set<string>();
  (deal.middle ?? []).forEach((beat, index) => {
    const place = [...at, 'middle', index];
    if (seen.has(beat.id))
      report.add(
        [...place, 'id'],
        `beat "${beat.id}" is written twice`,
        'give each beat its own id',
      );
    seen.add(beat.id);
    checkTrigger(report, place, beat.on, deal, context);
    checkGuards(report, place, beat.when, taught);
    if (beat.otherwise && (beat.when ?? []).length === 0) {
      report.add(
        [...place, 'otherwise'],
        'with no conditions in "when", "otherwise" can never happen',
        'add a condition to "when", or remove "otherwise"',
      );
    }
  });
  const crisis = deal.crisis;
  if (!crisis) return;
  const place = [...at, 'crisis'];
  checkTrigger(report, place, crisis.on, deal, context);
  if (crisis.on.stage !== undefined && !rescueStages.includes(crisis.on.stage)) {
    report.add(
      [...place, 'on', 'stage'],
      `a crisis in ${crisis.on.stage} comes before the deal can be rescued, so its rescue call is never reached from it`,
      `use one of: ${rescueStages.join(', ')}`,
    );
  }
  checkGuards(report, place, crisis.when, taught);
}
