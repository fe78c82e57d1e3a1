/**
 * Collecting the problems of one file: each is placed (the readable place and
 * its line) the same way, whether the schema or a later check found it.
 */
import { type DataPath, describePath, type ScenarioError } from './scenarioError';

export interface ErrorReport {
  readonly errors: ScenarioError[];
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
    add(path, message, hint) {
      const line = lineOf(path);
      errors.push({
        file,
        path: describePath(data, path),
        message,
        hint,
        ...(line === undefined ? {} : { line }),
      });
    },
  };
}
