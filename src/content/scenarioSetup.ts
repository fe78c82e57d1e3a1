/**
 * A checked scenario file becomes what the rest of the game reads: the
 * model's SeasonSetup (story deals become plain deals that carry a storyId,
 * their statecharts without words) and the stories with their words, keyed by that id.
 */
import type { DealSetup, SeasonSetup } from '../sim/setup';
import type { StorySetup } from '../sim/storyPlan';
import type { ScenarioFile } from './scenarioSchema';
import { scenarioTuning } from './scenarioTuning';
import type { Beat, Story } from './story';

export function seasonSetup(file: ScenarioFile): SeasonSetup {
  const tuning = scenarioTuning(file);
  return {
    id: file.id,
    title: file.title,
    weeks: file.weeks,
    quotaPerQuarter: file.quotaPerQuarter,
    currency: file.currency,
    team: file.team.map((rep) => ({ ...rep })),
    market: {
      valueRange: [...file.market.valueRange],
      customers: [...file.market.customers],
      replacementNames: [...file.market.replacementNames],
      openingDealsPerRep: file.market.openingDealsPerRep,
    },
    deals: file.deals.map(
      (deal): DealSetup => ({
        id: deal.id,
        customer: deal.customer,
        repId: deal.rep,
        value: deal.value,
        stage: deal.stage,
        quality: deal.quality,
        weakIdea: deal.weakIdea,
        arrivesWeek: deal.arrivesWeek,
        ...(deal.beats ? { storyId: deal.id } : {}),
      }),
    ),
    events: file.events.map(({ effects: { rep, ...effects }, ...event }) => ({
      ...event,
      effects: { ...effects, ...(rep === undefined ? {} : { repId: rep }) },
    })),
    stories: Object.fromEntries(
      Object.values(scenarioStories(file)).map((story) => [story.id, storySetup(story)]),
    ),
    ...(tuning ? { tuning } : {}),
  };
}

/** What the model reads of a talk: each line without its words. */
function talkSetup<C extends { label: string; feedback: string }>(talk: {
  start: string;
  beats: Record<string, Beat<C>>;
}): { start: string; beats: Record<string, { choices: Omit<C, 'label' | 'feedback'>[] }> } {
  return {
    start: talk.start,
    beats: Object.fromEntries(
      Object.values(talk.beats).map((beat) => [
        beat.id,
        { choices: beat.choices.map(({ label: _label, feedback: _feedback, ...line }) => line) },
      ]),
    ),
  };
}

/** What the model reads of a story: its talks' lines, its beats' triggers, guards and effects. */
function storySetup(story: Story): StorySetup {
  return {
    coach: talkSetup(story),
    middle: story.middle.map((beat) => ({
      id: beat.id,
      on: beat.on,
      when: beat.when,
      happens: beat.happens.effects,
      ...(beat.otherwise ? { otherwise: beat.otherwise.effects } : {}),
    })),
    ...(story.crisis
      ? { crisis: { on: story.crisis.on, when: story.crisis.when, effects: story.crisis.effects } }
      : {}),
    ...(story.rescue ? { rescue: talkSetup(story.rescue) } : {}),
    ...(story.review ? { review: talkSetup(story.review) } : {}),
  };
}

type BeatsEntry<C> = Record<
  string,
  { speaker: Beat['speaker']; text: string; choices?: C[]; ending?: { summary: string } }
>;

function storyBeats<C extends { effects: object }>(
  entries: BeatsEntry<C>,
): Record<string, Beat<C>> {
  const beats: Record<string, Beat<C>> = {};
  for (const [id, beat] of Object.entries(entries)) {
    beats[id] = {
      id,
      speaker: beat.speaker,
      text: beat.text,
      choices: (beat.choices ?? []).map((choice) => ({
        ...choice,
        effects: { ...choice.effects },
      })),
      ...(beat.ending ? { ending: { ...beat.ending } } : {}),
    };
  }
  return beats;
}

export function scenarioStories(file: ScenarioFile): Record<string, Story> {
  const stories: Record<string, Story> = {};
  for (const deal of file.deals) {
    if (!deal.beats || deal.start === undefined) continue;
    const beats = storyBeats(deal.beats);
    stories[deal.id] = {
      id: deal.id,
      dealId: deal.id,
      customer: deal.customer,
      repId: deal.rep,
      idea: deal.weakIdea,
      start: deal.start,
      beats,
      middle: (deal.middle ?? []).map((beat) => ({
        id: beat.id,
        on: { ...beat.on },
        when: (beat.when ?? []).map((guard) => ({ ...guard })),
        happens: { text: beat.happens.text, effects: { ...beat.happens.effects } },
        ...(beat.otherwise
          ? { otherwise: { text: beat.otherwise.text, effects: { ...beat.otherwise.effects } } }
          : {}),
      })),
      ...(deal.crisis
        ? {
            crisis: {
              on: { ...deal.crisis.on },
              when: (deal.crisis.when ?? []).map((guard) => ({ ...guard })),
              text: deal.crisis.text,
              effects: { ...deal.crisis.effects },
            },
          }
        : {}),
      ...(deal.rescue
        ? { rescue: { start: deal.rescue.start, beats: storyBeats(deal.rescue.beats) } }
        : {}),
      ...(deal.review
        ? { review: { start: deal.review.start, beats: storyBeats(deal.review.beats) } }
        : {}),
    };
  }
  return stories;
}
