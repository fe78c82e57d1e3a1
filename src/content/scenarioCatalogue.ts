/**
 * The scenarios the game offers: every scenario file loaded through the
 * scenario library (loaded, or broken with its errors), each with the
 * fingerprint of its text so a save knows which version it was started
 * from, in the order the title lists them. The game's build makes this list
 * from the files (see scripts/vite/scenarioCatalogue.ts), so the browser
 * gets it checked and ready.
 */
import type { Scenario } from './scenario';
import { formatError, type ScenarioError } from './scenarioError';
import {
  isScenarioPath,
  loadScenarios,
  type ScenarioEntry,
  scenarioFileName,
} from './scenarioLibrary';

export type CatalogueEntry =
  | { ok: true; file: string; scenario: Scenario; fingerprint: string }
  | { ok: false; file: string; errors: ScenarioError[]; messages: string[] };

/** A short, stable fingerprint of a scenario file's text (FNV-1a, 32-bit). */
export function scenarioFingerprint(text: string): string {
  let hash = 0x811c9dc5;
  for (let i = 0; i < text.length; i += 1) {
    hash ^= text.charCodeAt(i);
    hash = Math.imul(hash, 0x01000193) >>> 0;
  }
  return hash.toString(16).padStart(8, '0');
}

/** Tutorial first, then the rest by length and title; broken files last. */
function order(entry: CatalogueEntry): string {
  if (!entry.ok) return `2 ${entry.file}`;
  return `${entry.scenario.id === 'tutorial' ? 0 : 1} ${entry.scenario.weeks
    .toString()
    .padStart(2, '0')} ${entry.scenario.title}`;
}

/**
 * The catalogue of the scenario files given (path → text), and of those that
 * could not be read (broken already); the JSON Schema beside them is skipped.
 */
export function catalogueFromTexts(
  all: Readonly<Record<string, string>>,
  unreadable: readonly ScenarioEntry[] = [],
): CatalogueEntry[] {
  const texts = Object.fromEntries(Object.entries(all).filter(([path]) => isScenarioPath(path)));
  const byFile = new Map(
    Object.entries(texts).map(([path, text]) => [scenarioFileName(path), text]),
  );
  const entries = [...unreadable, ...loadScenarios(texts)].map((entry): CatalogueEntry => {
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
