/**
 * What `npm run scenarios:check -- --json` prints: for every file checked,
 * whether it loads, its problems, and the scenario it holds with its story
 * deals summed up.
 */
import type { ScenarioError } from './scenarioError';
import type { ScenarioEntry } from './scenarioLibrary';
import { type StorySummary, storySummary } from './storySummary';

export interface CheckedFile {
  file: string;
  ok: boolean;
  errors: ScenarioError[];
  /** The scenario, when the file loads. */
  scenario: { id: string; weeks: number; stories: StorySummary[] } | null;
}

export interface CheckReport {
  files: CheckedFile[];
}

export function checkReport(entries: readonly ScenarioEntry[]): CheckReport {
  return {
    files: entries.map((entry): CheckedFile => {
      if (!entry.ok) return { file: entry.file, ok: false, errors: entry.errors, scenario: null };
      const { scenario } = entry;
      return {
        file: entry.file,
        ok: true,
        errors: [],
        scenario: {
          id: scenario.id,
          weeks: scenario.weeks,
          stories: storySummary(scenario),
        },
      };
    }),
  };
}
