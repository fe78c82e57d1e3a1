/** The schema: the committed JSON Schema is current, and tuning overrides follow the model's tuning. */
import { readFileSync } from 'node:fs';
import { describe, expect, test } from 'vitest';
import { scenarioJsonSchema, scenarioJsonSchemaFile } from '../../src/content/scenarioJsonSchema';
import { tuningOverridesSchema } from '../../src/content/tuningSchema';
import { defaultTuning } from '../../src/sim/tuning';

test('the committed scenario.schema.json is what `npm run scenarios:schema` generates', () => {
  expect(readFileSync(scenarioJsonSchemaFile, 'utf8')).toBe(scenarioJsonSchema());
});

test('every shipped scenario names the schema for editors', () => {
  for (const id of ['tutorial', 'standard', 'inherited-team']) {
    expect(JSON.parse(readFileSync(`scenarios/${id}.json`, 'utf8')).$schema).toBe(
      './scenario.schema.json',
    );
  }
});

describe('tuning overrides', () => {
  test('accept the whole default tuning, and nothing at all', () => {
    expect(tuningOverridesSchema.safeParse(defaultTuning).success).toBe(true);
    expect(tuningOverridesSchema.safeParse({}).success).toBe(true);
  });

  test.each(
    Object.entries(defaultTuning).flatMap(([group, fields]) =>
      Object.entries(fields).map(([field, value]) => [group, field, value] as const),
    ),
  )('accept %s.%s alone', (group, field, value) => {
    expect(tuningOverridesSchema.safeParse({ [group]: { [field]: value } }).success).toBe(true);
  });

  test.each([
    ['an unknown group', { bonus: {} }],
    ['an unknown field', { deals: { arrivalRate: 0.5 } }],
    ['text for a number', { manager: { normalHours: '45' } }],
    ['a pair with one number', { deals: { stageWeeks: [2] } }],
    ['half a table (the model merges one level deep)', { rescue: { lift: { discount: 0.1 } } }],
    ['a negative number', { hours: { coach: -1 } }],
    ['a share above 1', { coaching: { spillover: 1.5 } }],
    ['a fraction of a week where whole weeks count', { deals: { stageWeeks: [1.5, 2] } }],
  ])('reject %s', (_, overrides) => {
    expect(tuningOverridesSchema.safeParse(overrides).success).toBe(false);
  });
});
