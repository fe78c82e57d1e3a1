/**
 * Node only: scenario files read from disk, for scripts, tests and the
 * game's build. The game in the browser gets the same files checked and
 * ready from the build (scripts/vite/scenarioCatalogue.ts); every way in
 * loads them through scenarioLibrary. A file larger than a scenario may be is
 * refused from its size on disk, before it is read.
 */
import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { brokenEntry, isScenarioPath, loadScenarios, type ScenarioEntry } from './scenarioLibrary';
import { sizeRefusal } from './scenarioLimits';

/** The scenario files in a folder (default "scenarios"), without the JSON Schema. */
export function scenarioFiles(dir = 'scenarios'): string[] {
  return readdirSync(dir)
    .filter(isScenarioPath)
    .sort()
    .map((name) => join(dir, name));
}

/** A path as typed, with forward slashes and without a leading "./" (absolute paths stay whole). */
export function diskFileName(path: string): string {
  return path.replace(/\\/g, '/').replace(/^\.\//, '');
}

export interface DiskTexts {
  /** The text of every file that could be read, by its name. */
  texts: Record<string, string>;
  /** The files that could not be read, or were too large to, each broken with its reason. */
  unreadable: ScenarioEntry[];
}

/** Reads the files, each named by `nameOf` (default: as typed); a file too large is not read. */
export function readScenarioTexts(
  files: readonly string[],
  nameOf: (path: string) => string = diskFileName,
): DiskTexts {
  const texts: Record<string, string> = {};
  const unreadable: ScenarioEntry[] = [];
  for (const path of files) {
    const file = nameOf(path);
    try {
      const refusal = sizeRefusal(statSync(path).size);
      if (refusal) unreadable.push(brokenEntry(file, refusal.message, refusal.hint));
      else texts[file] = readFileSync(path, 'utf8');
    } catch (error) {
      const reason = (error as NodeJS.ErrnoException).code ?? String(error);
      unreadable.push(
        brokenEntry(
          file,
          `cannot read the file (${reason})`,
          'check the file name and that the file exists',
        ),
      );
    }
  }
  return { texts, unreadable };
}

/** Loads the files named, or every scenario in "scenarios"; a file that cannot be read is broken. */
export function loadDiskScenarios(files: readonly string[] = scenarioFiles()): ScenarioEntry[] {
  const { texts, unreadable } = readScenarioTexts(files);
  return [...unreadable, ...loadScenarios(texts, diskFileName)];
}
