/**
 * A problem found in a scenario file, said so an author can fix it:
 * file › where › what is wrong › how to fix. "Where" names the place the way
 * the author sees it: `deals[2] "Northwind" › beats.pitch.choices[1].next`.
 */
import { quote, quotedLength } from './quote';

export interface ScenarioError {
  /** The file, as given to the loader, e.g. "scenarios/standard.json". */
  file: string;
  /** Where in the file, e.g. `deals[2] "Northwind" › beats.pitch.choices[1].next`. */
  path: string;
  /** What is wrong. */
  message: string;
  /** How to fix it. */
  hint: string;
  /** The line in the file, when it could be found. */
  line?: number;
}

/** A place in the parsed data: object keys and list positions. */
export type DataPath = readonly (string | number)[];

/** The top-level lists whose items are named by a field, for readable places. */
const namedLists: Record<string, readonly string[]> = {
  team: ['name', 'id'],
  deals: ['customer', 'id'],
  events: ['headline', 'id'],
};

function field(data: unknown, key: string | number): unknown {
  if (typeof data !== 'object' || data === null) return undefined;
  return (data as Record<string | number, unknown>)[key];
}

function keyText(key: string | number, first: boolean): string {
  if (typeof key === 'number') return `[${key}]`;
  if (key.length > quotedLength || !/^[A-Za-z0-9_$-]+$/.test(key)) return `[${quote(key)}]`;
  return first ? key : `.${key}`;
}

function joinKeys(path: DataPath): string {
  return path.map((key, i) => keyText(key, i === 0)).join('');
}

/**
 * The place as the author reads it. An item of team, deals or events is
 * named by its name, customer or headline, and the rest of the place follows.
 */
export function describePath(data: unknown, path: DataPath): string {
  if (path.length === 0) return '(top level)';
  const [list, index] = path;
  const labelFields = typeof list === 'string' ? namedLists[list] : undefined;
  if (labelFields && typeof index === 'number') {
    const item = field(field(data, list!), index);
    const label = labelFields.map((name) => field(item, name)).find((v) => typeof v === 'string');
    const head = `${joinKeys(path.slice(0, 2))}${label ? ` ${quote(label)}` : ''}`;
    return path.length > 2 ? `${head} › ${joinKeys(path.slice(2))}` : head;
  }
  return joinKeys(path);
}

/** One line: `file:line › where: what is wrong (how to fix)`. */
export function formatError(error: ScenarioError): string {
  const file = error.line === undefined ? error.file : `${error.file}:${error.line}`;
  const hint = error.hint ? ` (${error.hint})` : '';
  return `${file} › ${error.path}: ${error.message}${hint}`;
}
