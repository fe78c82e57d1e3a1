import { describe, expect, test } from 'vitest';
import type { Story } from '../../src/content/story';
import { storySummary } from '../../src/content/storySummary';
import { shippedScenarios } from './support/shipped';

const line = (next: string, idea: Story['idea'] = 'champion') => ({
  label: 'What would their finance lead say?',
  feedback: 'Asking finds the gap.',
  style: 'ask' as const,
  idea,
  effects: {},
  next,
});

const story: Story = {
  id: 'harbour',
  dealId: 'harbour-deal',
  customer: 'Harbour Freight',
  repId: 'nia',
  idea: 'value',
  start: 'open',
  beats: {
    open: {
      id: 'open',
      speaker: 'rep',
      text: 'They want a discount.',
      choices: [line('end', 'value'), line('end')],
    },
    end: {
      id: 'end',
      speaker: 'rep',
      text: 'I will ask.',
      choices: [],
      ending: { summary: 'Done.' },
    },
    orphan: {
      id: 'orphan',
      speaker: 'rep',
      text: 'Nobody gets here.',
      choices: [line('end', 'competition')],
    },
    lost: {
      id: 'lost',
      speaker: 'rep',
      text: 'Nor here.',
      choices: [],
      ending: { summary: 'Never.' },
    },
  },
};

describe('a story summed up', () => {
  test('its deal, ideas in the game order, phases, beats, endings and unreachable beats', () => {
    expect(storySummary(story)).toEqual({
      id: 'harbour',
      deal: 'harbour-deal',
      ideas: ['champion', 'competition', 'value'],
      phases: ['coach'],
      beats: 4,
      endings: 2,
      unreachable: ['orphan', 'lost'],
    });
  });

  test('every shipped story reaches all its beats and is about its deal’s weak idea', () => {
    const summaries = shippedScenarios().flatMap((scenario) =>
      Object.values(scenario.stories).map((s) => ({ story: s, summary: storySummary(s) })),
    );
    expect(summaries.length).toBeGreaterThanOrEqual(13);
    for (const { story: shipped, summary } of summaries) {
      expect(summary.unreachable, shipped.id).toEqual([]);
      expect(summary.ideas).toContain(shipped.idea);
      expect(summary.endings).toBeGreaterThan(0);
    }
  });
});
