/**
 * Fuzzing the loader: valid scenarios mutated at random, in their data and in
 * their text. Loading always returns a scenario or errors, never throws; the
 * checker itself never fails; and whatever passes the checker starts a season
 * the model can play.
 */
import { readFileSync } from 'node:fs';
import fc from 'fast-check';
import { describe, expect, test } from 'vitest';
import { checkerFailure, parseScenario, type ScenarioResult } from '../../src/content/scenario';
import { createSeason } from '../../src/sim/season';
import { advanceWeek } from '../../src/sim/week';

const files = [
  'tests/content/fixtures/small.json',
  'scenarios/tutorial.json',
  'scenarios/standard.json',
];
/** Generous: a run on the 26-week scenario reads 50 kB; slow machines must not time out. */
const timeout = 60_000;

const sources = files.map((file) => ({ file, text: readFileSync(file, 'utf8') }));

type Json = null | boolean | number | string | Json[] | { [key: string]: Json };
type Path = (string | number)[];

function pathsOf(value: Json, path: Path = []): Path[] {
  const inner = Array.isArray(value)
    ? value.flatMap((item, index) => pathsOf(item, [...path, index]))
    : value !== null && typeof value === 'object'
      ? Object.entries(value).flatMap(([key, item]) => pathsOf(item, [...path, key]))
      : [];
  return [path, ...inner];
}

function parentOf(root: Json, path: Path): Json | undefined {
  let node: Json | undefined = root;
  for (const key of path.slice(0, -1)) {
    node =
      node !== null && typeof node === 'object' ? (node as Record<string, Json>)[key] : undefined;
  }
  return node;
}

const mutation = fc.record({
  at: fc.nat(),
  op: fc.constantFrom('replace', 'remove', 'add-key', 'copy-item', 'number', 'text', 'rename'),
  value: fc.jsonValue({ maxDepth: 2 }) as fc.Arbitrary<Json>,
  number: fc.oneof(fc.double(), fc.integer(), fc.constantFrom(0, -1, 1, 0.5, 1e9, -0.0001)),
  text: fc.oneof(
    fc.string({ maxLength: 12 }),
    fc.constantFrom('', 'plan', 'ana', 'qualify', 'deal-1'),
  ),
});

type Mutation = typeof mutation extends fc.Arbitrary<infer T> ? T : never;

function mutate(root: Json, m: Mutation): Json {
  const paths = pathsOf(root).filter((path) => path.length > 0);
  const path = paths[m.at % paths.length]!;
  const parent = parentOf(root, path);
  const key = path.at(-1)!;
  if (parent === null || typeof parent !== 'object') return root;
  const slot = parent as Record<string | number, Json>;
  switch (m.op) {
    case 'replace':
      slot[key] = m.value;
      break;
    case 'number':
      slot[key] = m.number;
      break;
    case 'text':
      slot[key] = m.text;
      break;
    case 'remove':
      if (Array.isArray(parent)) parent.splice(Number(key), 1);
      else delete slot[key];
      break;
    case 'copy-item':
      if (Array.isArray(parent)) parent.push(structuredClone(parent[Number(key)]!));
      else slot[`${String(key)}-copy`] = structuredClone(slot[key]!);
      break;
    case 'add-key':
      if (!Array.isArray(parent)) slot[m.text] = m.value;
      break;
    case 'rename':
      if (!Array.isArray(parent)) {
        slot[m.text] = slot[key]!;
        if (m.text !== key) delete slot[key];
      }
      break;
  }
  return root;
}

/** What must hold for any input: a scenario, or errors that say where and what. */
function expectWellFormed(result: ScenarioResult, file: string): void {
  if (result.ok) {
    // Whatever passes the checker must start and run a season.
    let state = createSeason(result.scenario.setup, 7);
    for (let week = 0; week < 3 && !state.ended; week += 1) {
      const next = advanceWeek(state);
      expect(next.ok).toBe(true);
      if (next.ok) state = next.state;
    }
    for (const rep of state.reps) expect(Number.isFinite(rep.morale)).toBe(true);
    return;
  }
  expect(result.errors.length).toBeGreaterThan(0);
  for (const error of result.errors) {
    expect(error.file).toBe(file);
    expect(typeof error.path).toBe('string');
    expect(error.message.length).toBeGreaterThan(0);
    expect(error.message).not.toContain(checkerFailure);
  }
}

describe('loading never throws, whatever the scenario', () => {
  test(
    'data mutations: values replaced, removed, added, copied, renamed',
    () => {
      fc.assert(
        fc.property(
          fc.nat({ max: sources.length - 1 }),
          fc.array(mutation, { minLength: 1, maxLength: 3 }),
          (which, mutations) => {
            const { file, text } = sources[which]!;
            let data = JSON.parse(text) as Json;
            for (const m of mutations) data = mutate(data, m);
            expectWellFormed(parseScenario(file, JSON.stringify(data, null, 2)), file);
          },
        ),
        { numRuns: 200 },
      );
    },
    timeout,
  );

  test(
    'text mutations: slices cut and characters inserted',
    () => {
      fc.assert(
        fc.property(
          fc.nat({ max: sources.length - 1 }),
          fc.nat(),
          fc.nat({ max: 40 }),
          fc.string({ maxLength: 4 }),
          (which, at, cut, insert) => {
            const { file, text } = sources[which]!;
            const start = at % text.length;
            const mutated = text.slice(0, start) + insert + text.slice(start + cut);
            expectWellFormed(parseScenario(file, mutated), file);
          },
        ),
        { numRuns: 200 },
      );
    },
    timeout,
  );

  test(
    'anything at all',
    () => {
      fc.assert(
        fc.property(
          fc.oneof(
            fc.string(),
            fc.json(),
            fc.jsonValue().map((v) => JSON.stringify(v)),
          ),
          (text) => {
            expectWellFormed(parseScenario('scenarios/x.json', text), 'scenarios/x.json');
          },
        ),
        { numRuns: 200 },
      );
    },
    timeout,
  );
});
