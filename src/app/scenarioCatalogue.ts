/**
 * The scenarios the browser offers: every file in scenarios/, bundled by
 * Vite as text, loaded through src/content (loaded or broken, with errors),
 * each with the fingerprint of its text so a save knows which version it
 * was started from.
 */

import type { Scenario } from '../content/scenario';
import { formatError, type ScenarioError } from '../content/scenarioError';
import { isScenarioPath, loadScenarios, scenarioFileName } from '../content/scenarioLibrary';
import { scenarioFingerprint } from './saves';

const files = import.meta.glob('/scenarios/*.json', {
  query: '?raw',
  import: 'default',
  eager: true,
}) as Record<string, string>;

export type CatalogueEntry =
  | { ok: true; file: string; scenario: Scenario; fingerprint: string }
  | { ok: false; file: string; errors: ScenarioError[]; messages: string[] };

/** Tutorial first, then the rest by title; broken files last. */
function order(entry: CatalogueEntry): string {
  if (!entry.ok) return `2 ${entry.file}`;
  return `${entry.scenario.id === 'tutorial' ? 0 : 1} ${entry.scenario.weeks
    .toString()
    .padStart(2, '0')} ${entry.scenario.title}`;
}

export function loadCatalogue(all: Readonly<Record<string, string>> = files): CatalogueEntry[] {
  // The JSON Schema beside the scenarios is not one of them.
  const texts = Object.fromEntries(Object.entries(all).filter(([path]) => isScenarioPath(path)));
  const byFile = new Map(
    Object.entries(texts).map(([path, text]) => [scenarioFileName(path), text]),
  );
  const entries = loadScenarios(texts).map((entry): CatalogueEntry => {
    if (!entry.ok) {
      return {
        ok: false,
        file: entry.file,
        errors: entry.errors,
        messages: entry.errors.map(formatError),
      };
    }
    return {
      ok: true,
      file: entry.file,
      scenario: entry.scenario,
      fingerprint: scenarioFingerprint(byFile.get(entry.file) ?? ''),
    };
  });
  return entries.sort((a, b) => order(a).localeCompare(order(b)));
}
