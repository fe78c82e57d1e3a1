/** The scenarios shipped in scenarios/, loaded from disk; a broken one fails the test that asks. */
import { loadDiskScenarios } from '../../../src/content/diskScenarios';
import type { Scenario } from '../../../src/content/scenario';
import { formatError } from '../../../src/content/scenarioError';

export function shippedScenarios(): Scenario[] {
  return loadDiskScenarios().map((entry) => {
    if (!entry.ok) throw new Error(entry.errors.map(formatError).join('\n'));
    return entry.scenario;
  });
}

export function shippedScenario(id: string): Scenario {
  const scenario = shippedScenarios().find((s) => s.id === id);
  if (!scenario) throw new Error(`no shipped scenario "${id}"`);
  return scenario;
}
