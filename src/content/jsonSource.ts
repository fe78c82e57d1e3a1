/**
 * Reading a scenario file's text as JSON, with what authors need around it:
 * where a syntax error is (line and column), which line any place in the
 * data is on, and keys written twice in one object.
 */
import { type DuplicateKey, placeKey, scanJsonPlaces } from './jsonPlaces';
import type { DataPath } from './scenarioError';

export type { DuplicateKey } from './jsonPlaces';

export type JsonSource =
  | {
      ok: true;
      data: unknown;
      /** The line a place is on, or the nearest enclosing place that exists. */
      lineOf: (path: DataPath) => number | undefined;
      duplicateKeys: DuplicateKey[];
    }
  | { ok: false; message: string; line?: number; column?: number };

function syntaxError(text: string, error: unknown): JsonSource {
  const raw = error instanceof Error ? error.message : String(error);
  const message = raw
    .replace(/ in JSON at position \d+.*$/s, '')
    .replace(/^JSON\.parse: /, '')
    .replace(/, "[\s\S]*" is not valid JSON$/, '');
  const position = Number(/position (\d+)/.exec(raw)?.[1] ?? Number.NaN);
  if (Number.isNaN(position)) return { ok: false, message };
  const before = text.slice(0, position).split('\n');
  return {
    ok: false,
    message,
    line: before.length,
    column: (before.at(-1)?.length ?? 0) + 1,
  };
}

export function readJson(text: string): JsonSource {
  const source = text.replace(/^\uFEFF/, '');
  if (source.trim() === '') return { ok: false, message: 'the file is empty' };
  let data: unknown;
  try {
    data = JSON.parse(source);
  } catch (error) {
    return syntaxError(source, error);
  }

  const places = scanJsonPlaces(source);
  const lineOf = (path: DataPath): number | undefined => {
    for (let end = path.length; end >= 0; end -= 1) {
      const line = places.lines.get(placeKey(path.slice(0, end)));
      if (line !== undefined) return line;
    }
    return undefined;
  };
  return { ok: true, data, lineOf, duplicateKeys: places.duplicateKeys };
}
