/**
 * The scenario list: every scenario file's text in, every scenario out,
 * loaded or broken with its errors. One broken file never hides the others.
 * The Node loader (diskScenarios) and the browser's bundle of the files
 * (Vite's import.meta.glob of /scenarios/*.json as raw text) both come
 * through here.
 */
import { parseScenario, type Scenario } from './scenario';
import type { ScenarioError } from './scenarioError';

export type ScenarioEntry =
  | { file: string; ok: true; scenario: Scenario }
  | { file: string; ok: false; errors: ScenarioError[] };

/** "/scenarios/a.json" and "./scenarios/a.json" are both "scenarios/a.json". */
export function scenarioFileName(path: string): string {
  return path.replace(/\\/g, '/').replace(/^\.?\//, '');
}

/** A scenario file, not the JSON Schema that sits beside them. */
export function isScenarioPath(path: string): boolean {
  return /\.json$/i.test(path) && !/\.schema\.json$/i.test(path);
}

export function brokenEntry(file: string, message: string, hint: string): ScenarioEntry {
  return { file, ok: false, errors: [{ file, path: '(file)', message, hint }] };
}

/**
 * Loads every scenario file given (path → text), in file order, each named
 * by `nameOf` (default: as the bundle names them). The JSON Schema beside
 * them is skipped, so a glob of the whole folder can be passed as it is. A
 * second scenario with the same id is broken.
 */
export function loadScenarios(
  texts: Readonly<Record<string, string>>,
  nameOf: (path: string) => string = scenarioFileName,
): ScenarioEntry[] {
  const files = Object.keys(texts).filter(isScenarioPath).sort();
  const firstFile = new Map<string, string>();
  return files.map((path): ScenarioEntry => {
    const file = nameOf(path);
    const result = parseScenario(file, texts[path] ?? '');
    if (!result.ok) return { file, ok: false, errors: result.errors };
    const earlier = firstFile.get(result.scenario.id);
    if (earlier !== undefined) {
      return brokenEntry(
        file,
        `the id "${result.scenario.id}" is already used by ${earlier}`,
        'give each scenario its own id and file name',
      );
    }
    firstFile.set(result.scenario.id, file);
    return { file, ok: true, scenario: result.scenario };
  });
}
