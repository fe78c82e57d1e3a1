/**
 * Broken story deals, each made from the fixtures' valid base by one change:
 * each gives its message, naming the file and the place in it, the way an
 * author reads it.
 */
import { readFileSync } from 'node:fs';
import { describe, expect, test } from 'vitest';
import { parseScenario } from '../../src/content/scenario';
import { formatError } from '../../src/content/scenarioError';
import type { DealEntry, ScenarioFile } from '../../src/content/scenarioSchema';

const file = 'tests/content/fixtures/broken-story.json';
const base = JSON.parse(readFileSync('tests/content/fixtures/small.json', 'utf8'));
const pinecrest = 'deals[1] "Pinecrest Clinics"';

type Story = DealEntry;
type Scenario = ScenarioFile;

/** The lines of the call's first beat, and the first middle beat, of the base's story deal. */
const push = (story: Story) => story.rescue!.beats.push!.choices!;
const middle = (story: Story) => story.middle![0]!;

/** The base with one change made to its story deal. */
function broken(change: (story: Story, scenario: Scenario) => void): string {
  const scenario: Scenario = structuredClone(base);
  scenario.id = 'broken-story';
  change(scenario.deals[1]!, scenario);
  return JSON.stringify(scenario, null, 2);
}

const cases: [string, (story: Story, scenario: Scenario) => void, string, string][] = [
  [
    'a "tell" line in the conversation that opens with "Ask"',
    (story) => {
      story.beats!.plan!.choices![1]!.label = 'Ask them what problem they are trying to fix.';
    },
    `${pinecrest} › beats.plan.choices[1].label`,
    'reads as a question',
  ],
  [
    'a "tell" line in the review with a question mark',
    (story) => {
      story.review!.beats.open!.choices![1]!.label = 'Why did you sell a demo?';
    },
    `${pinecrest} › review.beats.open.choices[1].label`,
    'reads as a question',
  ],
  [
    'a dangling beat on the rescue call',
    (story) => {
      push(story)[0]!.next = 'hled';
    },
    `${pinecrest} › rescue.beats.push.choices[0].next`,
    'unknown beat "hled"',
  ],
  [
    'a dead end in the review talk',
    (story) => {
      delete story.review!.beats.told!.ending;
    },
    `${pinecrest} › review.beats.told`,
    'dead end',
  ],
  [
    'a guard on an unknown idea',
    (story) => {
      middle(story).when![0]!.coached = 'champions' as 'champion';
    },
    `${pinecrest} › middle[0].when[0].coached`,
    'champion',
  ],
  [
    'a guard on an idea the conversation never teaches',
    (story) => {
      middle(story).when![0]!.coached = 'competition';
    },
    `${pinecrest} › middle[0].when[0]`,
    "no line of this deal's coaching conversation is about it",
  ],
  [
    'a guard that names two things',
    (story) => {
      middle(story).when![0]!.stock = 'morale';
    },
    `${pinecrest} › middle[0].when[0]`,
    'a condition checks one thing',
  ],
  [
    'an unreachable crisis: before a rescue is possible',
    (story) => {
      story.crisis!.on = { stage: 'propose' };
    },
    `${pinecrest} › crisis.on.stage`,
    'comes before the deal can be rescued',
  ],
  [
    'an unreachable crisis: after the season ends',
    (story) => {
      story.crisis!.on = { week: 12 };
    },
    `${pinecrest} › crisis.on.week`,
    'after the season ends (week 8), so it never fires',
  ],
  [
    'an unreachable crisis: an event that does not exist',
    (story) => {
      story.crisis!.on = { event: 'kickof' };
    },
    `${pinecrest} › crisis.on.event`,
    'unknown event "kickof"',
  ],
  [
    'a middle beat on a stage the deal arrives in',
    (story) => {
      middle(story).on = { stage: 'discover' };
    },
    `${pinecrest} › middle[0].on.stage`,
    'would fire the moment it arrives',
  ],
  [
    'an out-of-bound effect on the call',
    (story) => {
      push(story)[0]!.effects.dealQuality = 0.4;
    },
    `${pinecrest} › rescue.beats.push.choices[0].effects.dealQuality`,
    '0.1',
  ],
  [
    'an out-of-bound effect in the middle',
    (story) => {
      middle(story).happens.effects.dealQuality = -0.5;
    },
    `${pinecrest} › middle[0].happens.effects.dealQuality`,
    '-0.1',
  ],
  [
    'a discount too big to give',
    (story) => {
      push(story)[1]!.give!.discount = 0.6;
    },
    `${pinecrest} › rescue.beats.push.choices[1].give.discount`,
    '0.3',
  ],
  [
    'a line that gives both a discount and free services',
    (story) => {
      push(story)[1]!.give!.freeServices = 20;
    },
    `${pinecrest} › rescue.beats.push.choices[1].give`,
    'gives both',
  ],
  [
    'a call that never lets the rep lead',
    (story) => {
      push(story)[3]!.lead = 'manager';
    },
    `${pinecrest} › rescue.beats`,
    'never lets the rep lead',
  ],
  [
    'a story customer the market also draws',
    (_, scenario) => {
      scenario.market.customers.push('Pinecrest Clinics');
    },
    `${pinecrest} › customer`,
    'the market could open a second deal',
  ],
];

describe('a table of broken stories: each names its file, its place and what is wrong', () => {
  test('the base itself loads', () => {
    const result = parseScenario(
      file,
      broken(() => {}),
    );
    expect(result.ok ? [] : result.errors.map(formatError)).toEqual([]);
  });

  test.each(cases)('%s', (_, change, path, message) => {
    const result = parseScenario(file, broken(change));
    expect(result.ok).toBe(false);
    const errors = result.ok ? [] : result.errors;
    const found = errors.find((error) => error.path === path);
    expect(found, errors.map(formatError).join('\n')).toBeDefined();
    expect(found!.file).toBe(file);
    expect(found!.message).toContain(message);
    expect(formatError(found!)).toContain(file);
    expect(formatError(found!)).toContain(path);
  });
});
