/** Helping authors with names: the likely intended one, and short lists of the ones that exist. */
import { cut, quote } from './quote';

/**
 * Past these a name is not looked up for a likely typo: a word this long is
 * no typo of a name, and a list this long is no list an author keeps by
 * hand (each lookup compares the word with every name).
 */
const typoLimits = { wordLength: 60, names: 2_000 } as const;

/** Edits between two words; swapping two neighbouring letters counts as one, the commonest typo. */
function editDistance(a: string, b: string): number {
  const rows: number[][] = [Array.from({ length: b.length + 1 }, (_, j) => j)];
  for (let i = 1; i <= a.length; i += 1) {
    const row = [i];
    for (let j = 1; j <= b.length; j += 1) {
      const swap = a[i - 1] === b[j - 1] ? 0 : 1;
      let best = Math.min(rows[i - 1]![j]! + 1, row[j - 1]! + 1, rows[i - 1]![j - 1]! + swap);
      if (i > 1 && j > 1 && a[i - 1] === b[j - 2] && a[i - 2] === b[j - 1]) {
        best = Math.min(best, rows[i - 2]![j - 2]! + 1);
      }
      row.push(best);
    }
    rows.push(row);
  }
  return rows[a.length]![b.length]!;
}

/** The name the author most likely meant, if one is close enough to be a typo. */
export function closestName(word: string, names: readonly string[]): string | undefined {
  if (word.length > typoLimits.wordLength || names.length > typoLimits.names) return undefined;
  const lower = word.toLowerCase();
  const allowed = Math.max(1, Math.floor(word.length / 3));
  let best: { name: string; distance: number } | undefined;
  for (const name of names) {
    // Each added or dropped letter is an edit: a name this much longer or shorter is too far.
    if (Math.abs(name.length - word.length) > allowed) continue;
    const distance = editDistance(lower, name.toLowerCase());
    if (!best || distance < best.distance) best = { name, distance };
  }
  return best && best.distance <= allowed ? best.name : undefined;
}

/** Names for a hint: all of them when few, else the first ones and a count. */
export function listNames(names: readonly string[], most = 12): string {
  if (names.length === 0) return '(none)';
  if (names.length <= most) return names.map(cut).join(', ');
  return `${names.slice(0, most).map(cut).join(', ')} and ${(names.length - most).toLocaleString('en-US')} more`;
}

/** "did you mean "x"? " when a close name exists, else "". */
export function didYouMean(word: string, names: readonly string[]): string {
  const close = closestName(word, names);
  return close && close !== word ? `did you mean ${quote(close)}? ` : '';
}
