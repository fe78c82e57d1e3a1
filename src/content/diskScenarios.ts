/**
 * Node only: scenario files read from disk, for scripts and tests. The game
 * in the browser gets the same files bundled as text by Vite; both load them
 * through scenarioLibrary.
 */
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import {
  brokenEntry,
  isScenarioPath,
  loadScenarios,
  type ScenarioEntry,
  scenarioFileName,
} from './scenarioLibrary';

/** The scenario files in a folder (default "scenarios"), without the JSON Schema. */
export function scenarioFiles(dir = 'scenarios'): string[] {
  return readdirSync(dir)
    .filter(isScenarioPath)
    .sort()
    .map((name) => join(dir, name));
}

/** Loads the files named, or every scenario in "scenarios"; a file that cannot be read is broken. */
export function loadDiskScenarios(files: readonly string[] = scenarioFiles()): ScenarioEntry[] {
  const texts: Record<string, string> = {};
  const unreadable: ScenarioEntry[] = [];
  for (const path of files) {
    try {
      texts[path] = readFileSync(path, 'utf8');
    } catch (error) {
      const reason = (error as NodeJS.ErrnoException).code ?? String(error);
      unreadable.push(
        brokenEntry(
          scenarioFileName(path),
          `cannot read the file (${reason})`,
          'check the file name and that the file exists',
        ),
      );
    }
  }
  return [...unreadable, ...loadScenarios(texts)];
}
