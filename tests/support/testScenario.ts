/** A small scenario around the test setup, and its catalogue entry, for tests of saves and sessions. */
import type { Scenario } from '../../src/content/scenario';
import type { CatalogueEntry } from '../../src/content/scenarioCatalogue';
import { makeSetup } from './setups';

export const testSetup = makeSetup();

export const testScenario: Scenario = {
  file: 'scenarios/test.json',
  id: testSetup.id,
  title: 'Test season',
  summary: 'A test.',
  weeks: testSetup.weeks,
  learningGoals: ['Tests pass.'],
  debriefQuestions: ['Did it work?'],
  prompts: [{ week: 2, at: 'results', text: 'What did you expect?', seconds: 60 }],
  setup: testSetup,
  stories: {},
};

export const testFingerprint = 'abcd1234';

export const testCatalogue: CatalogueEntry[] = [
  { ok: true, file: testScenario.file, scenario: testScenario, fingerprint: testFingerprint },
];
