/**
 * Turning the schema's findings into problems an author can act on: what is
 * wrong in plain words, and how to fix it, using the field's own description
 * from the schema and the names that would have been right.
 */
import type { z } from 'zod';
import type { ErrorReport } from './errorReport';
import { quote } from './quote';
import type { DataPath } from './scenarioError';
import { idPattern } from './scenarioSchema';
import { didYouMean, listNames } from './spelling';

type Issue = z.ZodError['issues'][number];

/** Just enough of a zod schema's inside to find the part at a place. */
interface SchemaNode {
  def: {
    type: string;
    innerType?: SchemaNode;
    shape?: Record<string, SchemaNode>;
    element?: SchemaNode;
    items?: SchemaNode[];
    valueType?: SchemaNode;
  };
  description?: string;
  minValue?: number | null;
  maxValue?: number | null;
  isInt?: boolean;
}

const wrappers = new Set(['optional', 'nullable', 'default', 'readonly']);

function unwrap(node: SchemaNode | undefined): SchemaNode | undefined {
  let current = node;
  while (current && wrappers.has(current.def.type)) current = current.def.innerType;
  return current;
}

/** The schema part at a place, and its description wherever it was written. */
function schemaAt(schema: z.ZodType, path: DataPath): { node?: SchemaNode; description?: string } {
  let node: SchemaNode | undefined = schema as unknown as SchemaNode;
  for (const key of path) {
    const inner = unwrap(node);
    if (!inner) return {};
    const def = inner.def;
    if (def.type === 'object') node = def.shape?.[String(key)];
    else if (def.type === 'array') node = def.element;
    else if (def.type === 'tuple') node = typeof key === 'number' ? def.items?.[key] : undefined;
    else if (def.type === 'record') node = def.valueType;
    else return {};
  }
  const description = node?.description ?? unwrap(node)?.description;
  return { ...(node ? { node: unwrap(node) } : {}), ...(description ? { description } : {}) };
}

function valueAt(data: unknown, path: DataPath): unknown {
  let value = data;
  for (const key of path) {
    if (typeof value !== 'object' || value === null) return undefined;
    value = (value as Record<string | number, unknown>)[key];
  }
  return value;
}

function describeValue(value: unknown): string {
  if (value === undefined) return 'nothing';
  if (value === null) return 'null';
  if (typeof value === 'string') return quote(value);
  if (Array.isArray(value)) return 'a list';
  if (typeof value === 'object') return 'an object';
  return String(value);
}

const expectedWords: Record<string, string> = {
  string: 'text in quotes',
  number: 'a number',
  int: 'a whole number',
  boolean: 'true or false',
  array: 'a list in [ ]',
  tuple: 'a pair of numbers in [ ], lowest first',
  object: 'an object in { }',
  record: 'an object in { }',
};

/** A description as the tail of a hint: "the name players see". */
function asPhrase(description: string | undefined): string {
  if (!description) return '';
  const trimmed = description.replace(/\.$/, '');
  return trimmed.charAt(0).toLowerCase() + trimmed.slice(1);
}

/** A valid id close to what the author wrote. */
function idLike(value: unknown): string {
  const slug = String(value)
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^-+|-+$/g, '');
  if (slug === '') return 'first-call';
  return /^[a-z]/.test(slug) ? slug : `x-${slug}`;
}

function rangeHint(node: SchemaNode | undefined, integer: boolean): string {
  const kind = integer ? 'a whole number' : 'a number';
  const min = node?.minValue;
  const max = node?.maxValue;
  const low = typeof min === 'number' && Number.isFinite(min) ? min : undefined;
  const high = typeof max === 'number' && Number.isFinite(max) ? max : undefined;
  if (low !== undefined && high !== undefined) return `use ${kind} from ${low} to ${high}`;
  if (low !== undefined)
    return low === 0 ? `use ${kind} of 0 or more` : `use ${kind} of at least ${low}`;
  if (high !== undefined) return `use ${kind} of at most ${high}`;
  return `use ${kind}`;
}

function plural(count: number, word: string): string {
  return `${count} ${word}${count === 1 ? '' : 's'}`;
}

function reportIssue(report: ErrorReport, schema: z.ZodType, data: unknown, issue: Issue): void {
  const path = issue.path.filter((key): key is string | number => typeof key !== 'symbol');
  const value = valueAt(data, path);
  const { node, description } = schemaAt(schema, path);
  const key = path.at(-1);
  const phrase = asPhrase(description);

  switch (issue.code) {
    case 'invalid_type': {
      const parent = valueAt(data, path.slice(0, -1));
      if (value === undefined && key !== undefined && typeof parent === 'object' && parent) {
        report.add(path, `"${key}" is missing`, `add "${key}"${phrase ? `: ${phrase}` : ''}`);
        return;
      }
      const words = expectedWords[issue.expected] ?? issue.expected;
      const unquote =
        typeof value === 'string' && issue.expected === 'number' && value.trim() !== '';
      const hint = unquote
        ? 'write the number without quotes'
        : issue.expected === 'int'
          ? rangeHint(node, true)
          : `write ${words}${phrase ? `: ${phrase}` : ''}`;
      report.add(path, `expected ${words} but found ${describeValue(value)}`, hint);
      return;
    }
    case 'too_small':
    case 'too_big': {
      const small = issue.code === 'too_small';
      if (issue.origin === 'number') {
        const bound = small
          ? (issue as { minimum: number }).minimum
          : (issue as { maximum: number }).maximum;
        const shown = describeValue(value);
        if (small && !issue.inclusive) {
          report.add(path, `${shown} must be more than ${bound}`, `use a number above ${bound}`);
          return;
        }
        report.add(
          path,
          `${shown} is ${small ? 'below the minimum' : 'above the maximum'} of ${bound}`,
          rangeHint(node, Boolean(node?.isInt)),
        );
      } else if (issue.origin === 'string') {
        const length = typeof value === 'string' ? value.length : 0;
        if (small) report.add(path, 'the text is empty', `write it${phrase ? `: ${phrase}` : ''}`);
        else {
          const most = (issue as { maximum: number }).maximum;
          report.add(
            path,
            `too long: ${length} characters, at most ${most}`,
            'shorten it so it fits on the screen',
          );
        }
      } else if (node?.def.type === 'tuple') {
        const count = node.def.items?.length ?? 0;
        report.add(path, `needs exactly ${plural(count, 'item')}`, `write ${expectedWords.tuple}`);
      } else {
        const count = Array.isArray(value) ? value.length : 0;
        const limit = small
          ? (issue as { minimum: number }).minimum
          : (issue as { maximum: number }).maximum;
        report.add(
          path,
          small
            ? `needs at least ${plural(Number(limit), 'item')}, has ${count}`
            : `has ${plural(count, 'item')}, at most ${limit} allowed`,
          small ? `add ${phrase || 'more'}` : 'remove some',
        );
      }
      return;
    }
    case 'invalid_format': {
      const pattern = 'pattern' in issue ? String(issue.pattern) : '';
      const isId = pattern === String(idPattern);
      report.add(
        path,
        isId
          ? `${describeValue(value)} is not a valid id`
          : `${describeValue(value)} is not in the right form`,
        isId
          ? `use lower-case letters, digits and single dashes, starting with a letter, e.g. "${idLike(value)}"`
          : `write ${phrase || `text matching ${pattern}`}`,
      );
      return;
    }
    case 'invalid_value': {
      const options = issue.values.map(String);
      report.add(
        path,
        `${describeValue(value)} is not one of the choices`,
        `${didYouMean(String(value), options)}use one of: ${listNames(options)}`,
      );
      return;
    }
    case 'unrecognized_keys': {
      const allowed = node?.def.shape ? Object.keys(node.def.shape) : [];
      for (const unknown of issue.keys) {
        const close = didYouMean(unknown, allowed);
        report.add(
          [...path, unknown],
          `unknown field ${quote(unknown)}`,
          close
            ? `${close}fields here: ${listNames(allowed)}`
            : `remove it; fields here: ${listNames(allowed)}`,
        );
      }
      return;
    }
    case 'invalid_key': {
      report.add(
        path,
        `${describeValue(key)} is not a valid id`,
        `use lower-case letters, digits and single dashes, starting with a letter, e.g. "${idLike(key)}"`,
      );
      return;
    }
    default:
      report.add(path, issue.message, 'see scenarios/README.md for the format');
  }
}

/** Every schema problem, each placed and explained. */
export function reportSchemaIssues(
  report: ErrorReport,
  schema: z.ZodType,
  data: unknown,
  issues: readonly Issue[],
): void {
  for (const issue of issues) {
    if (report.full) return;
    reportIssue(report, schema, data, issue);
  }
}
