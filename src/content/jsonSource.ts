/**
 * Reading a scenario file's text as JSON, with what authors need around it:
 * where a syntax error is (line and column), which line any place in the
 * data is on, and keys written twice in one object (JSON.parse silently keeps
 * the last, which would hide a duplicated beat). Lines come from the yaml
 * parser, which reads JSON too; if it cannot, errors simply carry no line.
 */
import { isMap, isScalar, isSeq, LineCounter, type Node, parseDocument } from 'yaml';
import type { DataPath } from './scenarioError';

export interface DuplicateKey {
  path: DataPath;
  line?: number;
}

export type JsonSource =
  | {
      ok: true;
      data: unknown;
      /** The line a place is on, or the nearest enclosing place that exists. */
      lineOf: (path: DataPath) => number | undefined;
      duplicateKeys: DuplicateKey[];
    }
  | { ok: false; message: string; line?: number; column?: number };

interface Located {
  range?: [number, number, number] | null;
}

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

function findDuplicates(
  node: unknown,
  path: (string | number)[],
  lineAt: (node: unknown) => number | undefined,
  found: DuplicateKey[],
): void {
  if (isMap(node)) {
    const seen = new Set<string>();
    for (const pair of node.items) {
      const key = isScalar(pair.key) ? String(pair.key.value) : String(pair.key);
      if (seen.has(key)) found.push({ path: [...path, key], line: lineAt(pair.key) });
      seen.add(key);
      findDuplicates(pair.value, [...path, key], lineAt, found);
    }
  } else if (isSeq(node)) {
    node.items.forEach((item, index) => {
      findDuplicates(item, [...path, index], lineAt, found);
    });
  }
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

  const lines = new LineCounter();
  const lineAt = (node: unknown): number | undefined => {
    const start = (node as Located | null)?.range?.[0];
    return start === undefined ? undefined : lines.linePos(start).line;
  };
  let lineOf: (path: DataPath) => number | undefined = () => undefined;
  const duplicateKeys: DuplicateKey[] = [];
  try {
    const doc = parseDocument(source, { lineCounter: lines, uniqueKeys: false });
    if (doc.errors.length === 0) {
      findDuplicates(doc.contents, [], lineAt, duplicateKeys);
      lineOf = (path) => {
        for (let end = path.length; end >= 0; end -= 1) {
          try {
            const line = lineAt(doc.getIn(path.slice(0, end), true) as Node | undefined);
            if (line !== undefined) return line;
          } catch {
            // A place the document cannot walk to: try the one around it.
          }
        }
        return undefined;
      };
    }
  } catch {
    // Lines are a help, not a need: without them errors still name the place.
  }
  return { ok: true, data, lineOf, duplicateKeys };
}
