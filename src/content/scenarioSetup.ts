/**
 * A checked scenario file becomes what the rest of the game reads: the
 * model's SeasonSetup (story deals become plain deals that carry a storyId)
 * and the stories, keyed by that id.
 */
import type { ConversationSetup } from '../sim/conversationLines';
import type { DealSetup, SeasonSetup } from '../sim/setup';
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
    conversations: Object.fromEntries(
      Object.values(scenarioStories(file)).map((story) => [story.id, conversationSetup(story)]),
    ),
    ...(tuning ? { tuning } : {}),
  };
}

/** What the model reads of a story's conversation: each line's style, idea, effects and next beat. */
function conversationSetup(story: Story): ConversationSetup {
  return {
    start: story.start,
    beats: Object.fromEntries(
      Object.values(story.beats).map((beat) => [
        beat.id,
        {
          choices: beat.choices.map(({ style, idea, effects, next }) => ({
            style,
            idea,
            effects: { ...effects },
            next,
          })),
        },
      ]),
    ),
  };
}

export function scenarioStories(file: ScenarioFile): Record<string, Story> {
  const stories: Record<string, Story> = {};
  for (const deal of file.deals) {
    if (!deal.beats || deal.start === undefined) continue;
    const beats: Record<string, Beat> = {};
    for (const [id, beat] of Object.entries(deal.beats)) {
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
    stories[deal.id] = {
      id: deal.id,
      dealId: deal.id,
      customer: deal.customer,
      repId: deal.rep,
      idea: deal.weakIdea,
      start: deal.start,
      beats,
    };
  }
  return stories;
}
