import fc from 'fast-check';
import { describe, expect, test } from 'vitest';
import { nestedLists, nestedObjects } from '../../scripts/bench/hostileScenarios';
import { readJson } from '../../src/content/jsonSource';
import { scenarioLimits } from '../../src/content/scenarioLimits';

function read(text: string) {
  const source = readJson(text);
  if (!source.ok) throw new Error(`expected JSON that reads, got ${JSON.stringify(source)}`);
  return source;
}

function refusal(text: string) {
  const source = readJson(text);
  if (source.ok || !('refused' in source))
    throw new Error(`expected a refusal, got ${JSON.stringify(source).slice(0, 200)}`);
  return source;
}

describe('reading JSON with the places in it', () => {
  const text = [
    '{',
    '  "a": 1,',
    '  "b": {',
    '    "c": ["x", {"d": true}],',
    '    "e\\"q": "}{,"',
    '  },',
    '  "a": null',
    '}',
  ].join('\n');

  test('knows the line every place starts on, strings with braces and escapes included', () => {
    const { lineOf } = read(text);
    expect(lineOf([])).toBe(1);
    expect(lineOf(['a'])).toBe(2);
    expect(lineOf(['b'])).toBe(3);
    expect(lineOf(['b', 'c', 0])).toBe(4);
    expect(lineOf(['b', 'c', 1, 'd'])).toBe(4);
    expect(lineOf(['b', 'e"q'])).toBe(5);
  });

  test('a place that does not exist takes the line of the nearest place around it', () => {
    const { lineOf } = read(text);
    expect(lineOf(['b', 'c', 7])).toBe(4);
    expect(lineOf(['b', 'missing', 'deeper'])).toBe(3);
  });

  test('finds a key written twice in one object, with the line of the second', () => {
    expect(read(text).duplicateKeys).toEqual([{ path: ['a'], line: 7 }]);
  });

  test('finds a key written twice deep inside lists and objects', () => {
    const { duplicateKeys } = read('{"x": [{"k": 1}, {"k": 2,\n "k": 3}]}');
    expect(duplicateKeys).toEqual([{ path: ['x', 1, 'k'], line: 2 }]);
  });

  test('finds a place for every value of any JSON document, and the data JSON.parse gives', () => {
    fc.assert(
      fc.property(fc.jsonValue({ maxDepth: 6 }), (value) => {
        const written = JSON.stringify(value, null, 2);
        const { data, lineOf, duplicateKeys } = read(written);
        expect(data).toEqual(JSON.parse(written));
        expect(duplicateKeys).toEqual([]);
        const lines = written.split('\n');
        const walk = (node: unknown, path: (string | number)[]): void => {
          const line = lineOf(path);
          expect(line, JSON.stringify(path)).toBeGreaterThanOrEqual(1);
          expect(line).toBeLessThanOrEqual(lines.length);
          if (Array.isArray(node)) {
            for (const [i, item] of node.entries()) walk(item, [...path, i]);
          } else if (node && typeof node === 'object') {
            for (const [key, item] of Object.entries(node)) walk(item, [...path, key]);
          }
        };
        walk(value, []);
      }),
      { numRuns: 200 },
    );
  });

  test('a syntax error says where it is', () => {
    const source = readJson('{\n  "a": 1\n  "b": 2\n}');
    expect(source.ok).toBe(false);
    expect(source).toMatchObject({ line: 3, column: 3 });
  });
});

describe('files past the limits are refused before they are parsed', () => {
  const depth = scenarioLimits.depth;

  test.each([
    ['lists', nestedLists],
    ['objects', nestedObjects],
  ])('%s nested to the limit read; one deeper is refused, saying where', (_, nested) => {
    expect(read(nested(depth)).ok).toBe(true);
    const refused = refusal(nested(depth + 1));
    expect(refused.refused.message).toContain(`nested more than ${depth} deep`);
    expect(refused.line).toBeGreaterThanOrEqual(1);
  });

  test('brackets inside strings are not nesting', () => {
    expect(read(JSON.stringify({ text: '['.repeat(depth * 10) })).ok).toBe(true);
  });

  test('nesting far past the limit is refused with the line it went past it on', () => {
    const refused = refusal(`{"summary":\n${nestedLists(40_000)}}`);
    expect(refused.line).toBe(2 + depth - 1);
    expect(refused.refused.message).toContain(`(line ${2 + depth - 1}, column 1)`);
  });

  test('a file of exactly the most bytes reads; one byte more is refused, with its size', () => {
    const padded = (bytes: number) => `"${'x'.repeat(bytes - 2)}"`;
    expect(read(padded(scenarioLimits.bytes)).ok).toBe(true);
    const refused = refusal(padded(scenarioLimits.bytes + 1));
    expect(refused.refused.message).toBe(
      'the file is 1,000,001 bytes, larger than a scenario file may be (at most 1 MB)',
    );
  });

  test('the size counts bytes as the file holds them, not characters', () => {
    // "é" is two bytes in UTF-8, "😀" four.
    const characters = Math.floor(scenarioLimits.bytes / 2);
    expect(read(`"${'é'.repeat(characters - 1)}"`).ok).toBe(true);
    expect(refusal(`"${'é'.repeat(characters)}"`).refused.message).toContain('larger than');
    expect(refusal(`"${'😀'.repeat(scenarioLimits.bytes / 4)}"`).refused.message).toContain(
      'larger than',
    );
  });
});
