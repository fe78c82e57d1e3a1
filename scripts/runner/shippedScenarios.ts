/** The scenarios the runner and the benchmarks can play, by id: the shipped files that load. */
import { loadDiskScenarios } from '../../src/content/diskScenarios';
import type { Scenario } from '../../src/content/scenario';

export function shippedScenarios(): Map<string, Scenario> {
  const scenarios = new Map<string, Scenario>();
  for (const entry of loadDiskScenarios()) {
    if (entry.ok) scenarios.set(entry.scenario.id, entry.scenario);
  }
  return scenarios;
}
