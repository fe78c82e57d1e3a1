import fc from 'fast-check';
import { describe, expect, test } from 'vitest';
import { placeKey, scanJsonPlaces } from '../../src/content/jsonPlaces';

describe('the JSON place scanner', () => {
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
    const { lines } = scanJsonPlaces(text);
    expect(lines.get(placeKey([]))).toBe(1);
    expect(lines.get(placeKey(['a']))).toBe(2);
    expect(lines.get(placeKey(['b']))).toBe(3);
    expect(lines.get(placeKey(['b', 'c', 0]))).toBe(4);
    expect(lines.get(placeKey(['b', 'c', 1, 'd']))).toBe(4);
    expect(lines.get(placeKey(['b', 'e"q']))).toBe(5);
  });

  test('finds a key written twice in one object, with its line', () => {
    expect(scanJsonPlaces(text).duplicateKeys).toEqual([{ path: ['a'], line: 7 }]);
  });

  test('finds a place for every value of any JSON document', () => {
    fc.assert(
      fc.property(fc.jsonValue(), (value) => {
        const { lines, duplicateKeys } = scanJsonPlaces(JSON.stringify(value, null, 2));
        expect(duplicateKeys).toEqual([]);
        const walk = (node: unknown, path: (string | number)[]): void => {
          expect(lines.has(placeKey(path)), placeKey(path)).toBe(true);
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
});
