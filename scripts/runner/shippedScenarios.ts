/**
 * The scenarios the runner and the benchmarks play, by id: the shipped files
 * that load, each with its fingerprint, from the same catalogue the game is
 * built with (checked once, when the runner is bundled).
 */
import catalogue from 'virtual:scenario-catalogue';
import type { PlayableEntry } from '../../src/content/sessionFile';

export const shippedCatalogue = catalogue;

export function shippedScenarios(): Map<string, PlayableEntry> {
  const scenarios = new Map<string, PlayableEntry>();
  for (const entry of catalogue) {
    if (entry.ok) scenarios.set(entry.scenario.id, entry);
  }
  return scenarios;
}
