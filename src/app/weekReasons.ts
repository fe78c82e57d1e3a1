/**
 * Why the team's meters moved in a week, grouped by cause so that every
 * change has its reason and the screen stays readable: one line a cause and
 * meter, naming each rep it moved and by how much ("Old habits returning:
 * ownership −1 for Rosa, Tom and Leila; −2 for Sam"). The results screen
 * and its words in the DOM layer both read these lines.
 */

import type { WeekReport } from '../sim/weekReport';
import { firstName, signedPoints } from '../ui/format';

export interface ReasonLine {
  text: string;
  /** How much it moved, in points over every rep it touched (for the order). */
  size: number;
}

interface Moved {
  name: string;
  points: number;
}

/** "Rosa", "Rosa and Tom", "Rosa, Tom and Leila". */
function names(list: readonly string[]): string {
  if (list.length <= 1) return list.join('');
  return `${list.slice(0, -1).join(', ')} and ${list.at(-1)}`;
}

/** "−2 for Rosa, Leila and Sam; −4 for Tom": the most shared change first. */
function movedWords(moved: readonly Moved[]): string {
  const byPoints = new Map<number, string[]>();
  for (const one of moved)
    byPoints.set(one.points, [...(byPoints.get(one.points) ?? []), one.name]);
  return [...byPoints]
    .sort((a, b) => b[1].length - a[1].length || Math.abs(b[0]) - Math.abs(a[0]))
    .map(([points, who]) => `${signedPoints(points / 100)} for ${names(who)}`)
    .join('; ');
}

export function weekReasons(report: WeekReport): ReasonLine[] {
  // Cause → meter → who moved, in the order the causes first appear.
  const groups = new Map<string, Map<string, Moved[]>>();
  for (const rep of report.reps) {
    for (const change of rep.changes) {
      for (const cause of change.causes) {
        const points = Math.round(cause.delta * 100);
        if (points === 0) continue;
        const stocks = groups.get(cause.cause) ?? new Map<string, Moved[]>();
        stocks.set(change.stock, [
          ...(stocks.get(change.stock) ?? []),
          { name: firstName(rep.repName), points },
        ]);
        groups.set(cause.cause, stocks);
      }
    }
  }
  return [...groups]
    .map(([cause, stocks]) => {
      const parts = [...stocks].map(([stock, moved]) => `${stock} ${movedWords(moved)}`);
      const size = [...stocks.values()]
        .flat()
        .reduce((sum, moved) => sum + Math.abs(moved.points), 0);
      return {
        text: `${cause.charAt(0).toUpperCase()}${cause.slice(1)}: ${parts.join('; ')}.`,
        size,
      };
    })
    .sort((a, b) => b.size - a.size);
}
