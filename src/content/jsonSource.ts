/**
 * Reading a scenario file's text as JSON, with what authors need around it:
 * where a syntax error is (line and column), which line any place in the
 * data is on, and keys written twice in one object (JSON.parse silently
 * keeps the last, which would hide a duplicated beat).
 *
 * A file past the size or depth limit is refused first, in one pass that
 * only counts brackets; nothing recursive touches it. The places come from
 * jsonc-parser (the parser VS Code uses): one tree with every node's offset,
 * looked up only for the places a problem names.
 */
import { createScanner, findNodeAtLocation, getNodePath, type Node, parseTree } from 'jsonc-parser';
import type { DataPath } from './scenarioError';
import { depthRefusal, type Refusal, scenarioLimits, sizeRefusal } from './scenarioLimits';

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
  | { ok: false; message: string; line?: number; column?: number }
  | { ok: false; refused: Refusal; line?: number };

/** jsonc-parser's token codes (its SyntaxKind, a const enum that isolated modules cannot read). */
const token = { openBrace: 1, closeBrace: 2, openBracket: 3, closeBracket: 4, end: 17 } as const;

/** Where each line starts, to turn an offset into a line and column. */
function lineStarts(text: string): number[] {
  const starts = [0];
  for (let i = text.indexOf('\n'); i >= 0; i = text.indexOf('\n', i + 1)) starts.push(i + 1);
  return starts;
}

function placeOf(starts: readonly number[], offset: number): { line: number; column: number } {
  let low = 0;
  let high = starts.length - 1;
  while (low < high) {
    const middle = (low + high + 1) >> 1;
    if (starts[middle]! <= offset) low = middle;
    else high = middle - 1;
  }
  return { line: low + 1, column: offset - starts[low]! + 1 };
}

/** UTF-8 bytes of the text, as the file on disk holds it. */
function byteLength(text: string): number {
  let bytes = 0;
  for (let i = 0; i < text.length; i += 1) {
    const code = text.charCodeAt(i);
    if (code < 0x80) bytes += 1;
    else if (code < 0x800) bytes += 2;
    else if (code >= 0xd800 && code < 0xdc00) {
      bytes += 4;
      i += 1;
    } else bytes += 3;
  }
  return bytes;
}

/** The offset where nesting first goes past the limit, or undefined. Counts brackets, nothing more. */
function tooDeepAt(text: string, limit: number): number | undefined {
  const scanner = createScanner(text, true);
  let depth = 0;
  for (let kind = scanner.scan(); kind !== token.end; kind = scanner.scan()) {
    if (kind === token.openBrace || kind === token.openBracket) {
      depth += 1;
      if (depth > limit) return scanner.getTokenOffset();
    } else if (kind === token.closeBrace || kind === token.closeBracket) {
      depth -= 1;
    }
  }
  return undefined;
}

function syntaxError(text: string, error: unknown): JsonSource {
  const raw = error instanceof Error ? error.message : String(error);
  const message = raw
    .replace(/ in JSON at position \d+.*$/s, '')
    .replace(/^JSON\.parse: /, '')
    .replace(/, "[\s\S]*" is not valid JSON$/, '');
  const position = Number(/position (\d+)/.exec(raw)?.[1] ?? Number.NaN);
  if (Number.isNaN(position)) return { ok: false, message };
  return { ok: false, message, ...placeOf(lineStarts(text), position) };
}

/** Keys written twice in one object, with the line of the second; walks the tree without recursion. */
function duplicateKeysIn(
  root: Node | undefined,
  lineAt: (offset: number) => number,
): DuplicateKey[] {
  const duplicates: DuplicateKey[] = [];
  const stack = root ? [root] : [];
  for (let node = stack.pop(); node; node = stack.pop()) {
    const children = node.children ?? [];
    if (node.type === 'object') {
      const keys = new Set<string>();
      for (const property of children) {
        const key = property.children?.[0]?.value as string;
        if (keys.has(key)) {
          duplicates.push({
            path: getNodePath(property.children![0]!),
            line: lineAt(property.offset),
          });
        }
        keys.add(key);
      }
    }
    for (let i = children.length - 1; i >= 0; i -= 1) stack.push(children[i]!);
  }
  return duplicates;
}

export function readJson(text: string): JsonSource {
  const source = text.replace(/^\uFEFF/, '');
  const tooLarge = sizeRefusal(byteLength(source));
  if (tooLarge) return { ok: false, refused: tooLarge };
  if (source.trim() === '') return { ok: false, message: 'the file is empty' };
  const deepAt = tooDeepAt(source, scenarioLimits.depth);
  if (deepAt !== undefined) {
    const { line, column } = placeOf(lineStarts(source), deepAt);
    return { ok: false, refused: depthRefusal(line, column), line };
  }

  let data: unknown;
  try {
    data = JSON.parse(source);
  } catch (error) {
    return syntaxError(source, error);
  }
  const root = parseTree(source, [], { disallowComments: true });
  const starts = lineStarts(source);
  const lineAt = (offset: number) => placeOf(starts, offset).line;
  const lineOf = (path: DataPath): number | undefined => {
    if (!root) return undefined;
    for (let end = path.length; end >= 0; end -= 1) {
      const node = findNodeAtLocation(root, path.slice(0, end) as (string | number)[]);
      if (node) return lineAt(node.offset);
    }
    return undefined;
  };
  return { ok: true, data, lineOf, duplicateKeys: duplicateKeysIn(root, lineAt) };
}
