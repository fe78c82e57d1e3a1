/**
 * Deliberately broken scenario files: each gives the expected error, naming
 * its file and the place in it, and the checker reports every problem.
 */
import { readFileSync } from 'node:fs';
import { describe, expect, test } from 'vitest';
import { parseScenario } from '../../src/content/scenario';
import { formatError, type ScenarioError } from '../../src/content/scenarioError';

const dir = 'tests/content/fixtures';

function errorsOf(name: string): ScenarioError[] {
  const file = `${dir}/${name}.json`;
  const result = parseScenario(file, readFileSync(file, 'utf8'));
  if (result.ok) throw new Error(`${file} loaded, but it is broken on purpose`);
  return result.errors;
}

const pinecrest = 'deals[1] "Pinecrest Clinics"';

describe('each broken fixture gives the expected error, with its file and path', () => {
  test.each([
    [
      'unknown-next',
      `${pinecrest} › beats.plan.choices[0].next`,
      'unknown beat "thnik"',
      'did you mean "think"?',
    ],
    ['unreachable-beat', `${pinecrest} › beats.orphan`, 'can never be reached', '"next": "orphan"'],
    ['dead-end', `${pinecrest} › beats.told`, 'dead end', '"ending"'],
    ['missing-field', 'title', '"title" is missing', 'add "title"'],
    ['wrong-type', 'weeks', 'expected a number but found "4"', 'without quotes'],
    ['out-of-range', `${pinecrest} › quality`, '1.4 is above the maximum of 1', 'from 0 to 1'],
    ['duplicate-id', `${pinecrest} › id`, 'duplicate id "pinecrest"', 'its own id'],
    ['unknown-rep', `${pinecrest} › rep`, 'unknown rep "nai"', 'did you mean "nia"?'],
    ['invalid-json', '(file)', 'not valid JSON', 'comma'],
    ['duplicate-beat', `${pinecrest} › beats.think`, 'written twice', 'rename'],
    ['loop', `${pinecrest} › beats.think.choices[0].next`, 'go round forever', 'lead it forward'],
    ['unknown-tuning', 'tuning.deals.arrivalRate', 'unknown field "arrivalRate"', 'arrivalsPerRep'],
    [
      'shared-short-name',
      'market.customers[2]',
      'starts with the same word as "Pinecrest Clinics"',
      'a word of its own',
    ],
    [
      'same-customer-twice',
      'deals[1] "Otterburn Mills" › customer',
      '"Otterburn Mills" already has a written deal',
      'a customer of its own',
    ],
  ])('%s', (name, path, message, hint) => {
    const errors = errorsOf(name);
    const error = errors.find((e) => e.path === path);
    expect(error, errors.map(formatError).join('\n')).toBeDefined();
    expect(error!.file).toBe(`${dir}/${name}.json`);
    expect(error!.message).toContain(message);
    expect(error!.hint).toContain(hint);
    const line = formatError(error!);
    expect(line).toMatch(new RegExp(`^${dir}/${name}\\.json(:\\d+)? › `));
    expect(line).toContain(`› ${path}: ${error!.message} (${error!.hint})`);
  });

  test('a syntax error says on which line', () => {
    const [error] = errorsOf('invalid-json');
    expect(error!.line).toBe(7);
    expect(error!.message).toMatch(/column \d+/);
  });

  test('every problem is reported, not only the first, in file order', () => {
    const errors = errorsOf('several-problems');
    expect(errors.map((e) => [e.path, e.message])).toEqual([
      ['deals[0] "Nowhere Ltd" › customer', 'unknown customer "Nowhere Ltd"'],
      ['deals[0] "Nowhere Ltd" › rep', 'unknown rep "zed"'],
      [`${pinecrest} › beats.think.choices[0].next`, 'unknown beat "ownd"'],
      ['events[0] "Quarter kickoff" › week', 'week 9 is after the season ends (week 4)'],
    ]);
    const lines = errors.map((e) => e.line!);
    expect(lines).toEqual([...lines].sort((a, b) => a - b));
  });

  test('the valid base of the fixtures loads', () => {
    const file = `${dir}/small.json`;
    const result = parseScenario(file, readFileSync(file, 'utf8'));
    expect(result.ok).toBe(true);
  });
});

describe('the error line reads file › where › what › how to fix', () => {
  test('the shape of the example in the issue', () => {
    expect(
      formatError({
        file: 'scenarios/standard.json',
        path: 'deals[2] "Northwind" › beats.pitch.choices[1].next',
        message: 'unknown beat "clsoe"',
        hint: 'beats here: open, pitch, close',
      }),
    ).toBe(
      'scenarios/standard.json › deals[2] "Northwind" › beats.pitch.choices[1].next: unknown beat "clsoe" (beats here: open, pitch, close)',
    );
  });

  test('with a line, the file reads file:line', () => {
    expect(
      formatError({ file: 'scenarios/x.json', path: 'title', message: 'm', hint: 'h', line: 3 }),
    ).toBe('scenarios/x.json:3 › title: m (h)');
  });
});
