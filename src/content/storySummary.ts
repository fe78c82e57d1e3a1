/**
 * A scenario's story deals listed for the checker (`npm run scenarios:check
 * -- --json`): for each, its id, the deal's customer, the deal-strategy ideas
 * its lines are about, the phases it has, how many beats and endings it
 * holds, and what in it can never be reached (a talk's beat no line leads to,
 * a middle beat or crisis whose trigger never comes). A checked scenario has
 * none unreachable.
 */
import { dealIdeas } from '../sim/vocabulary';
import type { Scenario } from './scenario';
import type { Beat, Story } from './story';
import { type StoryPhase, storyPhases } from './story';
import { triggerProblem } from './storyBeatChecks';
import { reachable } from './storyChecks';

export interface StorySummary {
  id: string;
  deal: string;
  ideas: string[];
  phases: StoryPhase[];
  beats: number;
  endings: number;
  /** Places in the story that can never be reached, e.g. "rescue.beats.held", "middle.champion-leaves". */
  unreachable: string[];
}

type AnyTalk = { start: string; beats: Record<string, Beat<{ idea: string; next: string }>> };

function talksOf(story: Story): [string, AnyTalk][] {
  return [
    ['beats', { start: story.start, beats: story.beats }],
    ...(story.rescue ? [['rescue.beats', story.rescue] as [string, AnyTalk]] : []),
    ...(story.review ? [['review.beats', story.review] as [string, AnyTalk]] : []),
  ];
}

export function storySummary(scenario: Scenario): StorySummary[] {
  return Object.values(scenario.stories).map((story) => {
    const deal = scenario.setup.deals.find((d) => d.storyId === story.id);
    const talks = talksOf(story);
    const ideas = new Set(
      talks.flatMap(([, talk]) =>
        Object.values(talk.beats).flatMap((beat) => beat.choices.map((c) => c.idea)),
      ),
    );
    const unreachable: string[] = [];
    for (const [place, talk] of talks) {
      const seen = reachable(talk.start, talk.beats);
      for (const id of Object.keys(talk.beats))
        if (!seen.has(id)) unreachable.push(`${place}.${id}`);
    }
    const context = { weeks: scenario.weeks, events: scenario.setup.events };
    if (deal) {
      for (const beat of story.middle)
        if (triggerProblem(beat.on, deal, context)) unreachable.push(`middle.${beat.id}`);
      if (story.crisis && triggerProblem(story.crisis.on, deal, context))
        unreachable.push('crisis');
    }
    const present: Record<StoryPhase, boolean> = {
      coach: true,
      middle: story.middle.length > 0,
      crisis: story.crisis !== undefined,
      rescue: story.rescue !== undefined,
      review: story.review !== undefined,
    };
    const talkBeats = talks.flatMap(([, talk]) => Object.values(talk.beats));
    return {
      id: story.id,
      deal: story.dealId,
      ideas: dealIdeas.filter((idea) => ideas.has(idea)),
      phases: storyPhases.filter((phase) => present[phase]),
      beats: talkBeats.length + story.middle.length + (story.crisis ? 1 : 0),
      endings: talkBeats.filter((beat) => beat.choices.length === 0).length,
      unreachable,
    };
  });
}
