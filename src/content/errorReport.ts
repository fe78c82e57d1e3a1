/**
 * Collecting the problems of one file: each is placed (the readable place and
 * its line) the same way, whether the schema or a later check found it, and
 * any value quoted in it is cut short. A file with hundreds of problems shows
 * the first `mostProblems` found, and the checks stop looking: nobody fixes a
 * thousand at once, and a hostile file cannot keep the checker busy.
 */
import { cutQuotes } from './quote';
import { type DataPath, describePath, type ScenarioError } from './scenarioError';

/** The most problems one file reports. */
export const mostProblems = 100;

export interface ErrorReport {
  readonly errors: ScenarioError[];
  /** True once the report holds `mostProblems`: checks may stop looking. */
  readonly full: boolean;
  add(path: DataPath, message: string, hint: string): void;
}

export function errorReport(
  file: string,
  data: unknown,
  lineOf: (path: DataPath) => number | undefined = () => undefined,
): ErrorReport {
  const errors: ScenarioError[] = [];
  return {
    errors,
    get full() {
      return errors.length >= mostProblems;
    },
    add(path, message, hint) {
      if (errors.length >= mostProblems) return;
      const line = lineOf(path);
      errors.push({
        file,
        path: describePath(data, path),
        message: cutQuotes(message),
        hint: cutQuotes(hint),
        ...(line === undefined ? {} : { line }),
      });
    },
  };
}
