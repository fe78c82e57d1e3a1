/**
 * One pass over JSON text that JSON.parse has already accepted: the line
 * every place in the data starts on, and the keys written twice in one object
 * (JSON.parse silently keeps the last, which would hide a duplicated beat).
 */
import type { DataPath } from './scenarioError';

export interface DuplicateKey {
  path: DataPath;
  line?: number;
}

export interface JsonPlaces {
  /** Line of the value at each place, keyed by the place's path joined with "\u0000". */
  lines: Map<string, number>;
  duplicateKeys: DuplicateKey[];
}

interface Frame {
  kind: 'object' | 'array';
  path: (string | number)[];
  keys: Set<string>;
  /** The key whose value comes next (objects), or the index of the next item (arrays). */
  next: string | number;
  expectingKey: boolean;
}

export function placeKey(path: DataPath): string {
  return path.join('\u0000');
}

export function scanJsonPlaces(text: string): JsonPlaces {
  const lines = new Map<string, number>();
  const duplicateKeys: DuplicateKey[] = [];
  const stack: Frame[] = [];
  let line = 1;

  /** Where a value starting now sits: the enclosing frame's next key or index. */
  const valuePath = (): (string | number)[] => {
    const frame = stack.at(-1);
    return frame ? [...frame.path, frame.next] : [];
  };
  const markValue = (): (string | number)[] => {
    const path = valuePath();
    const key = placeKey(path);
    if (!lines.has(key)) lines.set(key, line);
    return path;
  };

  for (let i = 0; i < text.length; i += 1) {
    const char = text[i];
    if (char === '\n') {
      line += 1;
    } else if (char === '"') {
      let end = i + 1;
      while (end < text.length && text[end] !== '"') end += text[end] === '\\' ? 2 : 1;
      const frame = stack.at(-1);
      if (frame?.kind === 'object' && frame.expectingKey) {
        const key = JSON.parse(text.slice(i, end + 1)) as string;
        if (frame.keys.has(key)) duplicateKeys.push({ path: [...frame.path, key], line });
        frame.keys.add(key);
        frame.next = key;
        frame.expectingKey = false;
      } else {
        markValue();
      }
      i = end;
    } else if (char === '{' || char === '[') {
      const path = markValue();
      stack.push({
        kind: char === '{' ? 'object' : 'array',
        path,
        keys: new Set(),
        next: 0,
        expectingKey: char === '{',
      });
    } else if (char === '}' || char === ']') {
      stack.pop();
    } else if (char === ',') {
      const frame = stack.at(-1);
      if (frame?.kind === 'object') frame.expectingKey = true;
      else if (frame) frame.next = (frame.next as number) + 1;
    } else if (char !== ':' && char !== ' ' && char !== '\t' && char !== '\r') {
      // The first character of a number, true, false or null.
      markValue();
      while (i + 1 < text.length && /[^,\]}\s]/.test(text[i + 1]!)) i += 1;
    }
  }
  return { lines, duplicateKeys };
}
