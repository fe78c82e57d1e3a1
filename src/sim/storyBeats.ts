/**
 * The middle and the crisis of a story deal: when the week opens, each beat
 * whose trigger has come fires once on an open deal not yet rescued, goes its
 * `happens` way when its guards hold (else `otherwise`), and moves the deal's
 * strength and the rep's stocks by its bounded effects. The crisis fires the
 * same way, once, and shows the deal going south. Every firing is logged with
 * its cause, so the view can say why in words.
 */
import type { LineEffects } from './conversationLines';
import { isOpen, stageIndex } from './deals';
import type { Deal, SeasonState } from './state';
import type { Step } from './step';
import {
  freshStory,
  type StoryGuard,
  type StoryGuardKind,
  type StorySoFar,
  type StoryTrigger,
} from './storyPlan';
import type { CoachingStyle, DealIdea } from './vocabulary';

/** The kind of a guard: the one of its fields it is about. */
export function guardKind(guard: StoryGuard): StoryGuardKind | undefined {
  if (guard.coached !== undefined) return 'coached';
  if (guard.strength !== undefined) return 'strength';
  if (guard.stock !== undefined) return 'stock';
  return undefined;
}

const within = (value: number, range: { above?: number; below?: number }) =>
  (range.above === undefined || value > range.above) &&
  (range.below === undefined || value < range.below);

/** Whether a guard holds for this deal now. */
export function guardHolds(state: SeasonState, deal: Deal, guard: StoryGuard): boolean {
  switch (guardKind(guard)) {
    case 'coached':
      return (deal.storySoFar?.coached ?? []).some(
        (entry) =>
          entry.idea === guard.coached &&
          (guard.style === undefined || entry.style === guard.style),
      );
    case 'strength':
      return within(deal.quality, guard.strength ?? {});
    case 'stock': {
      const rep = state.reps.find((r) => r.id === deal.repId);
      return rep !== undefined && guard.stock !== undefined && within(rep[guard.stock], guard);
    }
    default:
      return false;
  }
}

/** Whether a trigger has come for this deal this week. */
export function triggerCame(state: SeasonState, deal: Deal, on: StoryTrigger): boolean {
  if (on.week !== undefined) return state.week >= on.week;
  if (on.stage !== undefined) return stageIndex(deal.status) >= stageIndex(on.stage);
  if (on.event !== undefined)
    return state.events.some(
      (event) =>
        event.id === on.event && event.week <= state.week && event.week >= deal.createdWeek,
    );
  return false;
}

function applyEffects(step: Step, deal: Deal, effects: LineEffects, cause: string): void {
  if (effects.dealQuality) step.shiftDealQuality(deal, effects.dealQuality, cause);
  const rep = step.rep(deal.repId);
  if (!rep) return;
  for (const stock of ['capability', 'ownership', 'morale'] as const) {
    const delta = effects[stock];
    if (delta) step.shiftRep(rep, stock, delta, cause);
  }
}

/** Fires the beats and crises whose time has come, on every open story deal. */
export function fireStoryBeats(step: Step): void {
  const state = step.state;
  for (const open of state.deals) {
    if (!open.storyId || !isOpen(open) || open.rescue) continue;
    const story = state.stories[open.storyId];
    if (!story) continue;
    for (const beat of story.middle) {
      const deal = step.deal(open.id)!;
      const soFar = deal.storySoFar ?? freshStory();
      if (soFar.beats.some((fired) => fired.id === beat.id)) continue;
      if (!triggerCame(state, deal, beat.on)) continue;
      const held = beat.when.every((guard) => guardHolds(state, deal, guard));
      deal.storySoFar = {
        ...soFar,
        beats: [...soFar.beats, { id: beat.id, week: state.week, held }],
      };
      const cause = `story.${deal.id}.${beat.id}`;
      step.note('storyBeat', deal.id, { detail: `${beat.id}:${held ? 'happens' : 'otherwise'}` });
      applyEffects(step, deal, held ? beat.happens : (beat.otherwise ?? {}), cause);
    }
    const crisis = story.crisis;
    const deal = state.deals.find((d) => d.id === open.id)!;
    if (!crisis || deal.storySoFar?.crisisWeek !== undefined) continue;
    if (!triggerCame(state, deal, crisis.on)) continue;
    if (!crisis.when.every((guard) => guardHolds(state, deal, guard))) continue;
    const written = step.deal(deal.id)!;
    written.storySoFar = { ...(written.storySoFar ?? freshStory()), crisisWeek: state.week };
    step.note('storyCrisis', written.id);
    applyEffects(step, written, crisis.effects, `story.${written.id}.crisis`);
  }
}

/** The story so far with these ideas coached in this style this week. */
export function withCoached(
  soFar: StorySoFar | undefined,
  ideas: readonly DealIdea[],
  style: CoachingStyle,
  week: number,
): StorySoFar {
  const base = soFar ?? freshStory();
  return { ...base, coached: [...base.coached, ...ideas.map((idea) => ({ idea, style, week }))] };
}

/** The deal's crisis fired this week: it shows as going south. */
export function inCrisisNow(state: SeasonState, deal: Deal): boolean {
  return deal.storySoFar?.crisisWeek === state.week;
}
