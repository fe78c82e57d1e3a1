/** The authoring guide's example is a complete, valid scenario, the same as the fixtures' base. */
import { readFileSync } from 'node:fs';
import { expect, test } from 'vitest';
import { parseScenario } from '../../src/content/scenario';
import { formatError } from '../../src/content/scenarioError';

const guide = readFileSync('scenarios/README.md', 'utf8');
const example = /```json\n([\s\S]*?)```/.exec(guide)?.[1] ?? '';

test('the example in scenarios/README.md passes the checker', () => {
  const result = parseScenario('scenarios/my-first-scenario.json', example);
  expect(result.ok ? [] : result.errors.map(formatError)).toEqual([]);
});

test('the example is the fixtures’ valid base, so both stay checked', () => {
  const withoutFileNames = (text: string) => {
    const { $schema: _schema, id: _id, ...rest } = JSON.parse(text);
    return rest;
  };
  expect(withoutFileNames(example)).toEqual(
    withoutFileNames(readFileSync('tests/content/fixtures/small.json', 'utf8')),
  );
});
