/**
 * The catalogue the title lists: made from the files when the game is built
 * and handed to the browser as JSON, so it must come through that trip whole.
 */
import { readFileSync } from 'node:fs';
import shipped from 'virtual:scenario-catalogue';
import { describe, expect, test } from 'vitest';
import { scenarioFiles } from '../../src/content/diskScenarios';
import { catalogueFromTexts, scenarioFingerprint } from '../../src/content/scenarioCatalogue';

const small = readFileSync('tests/content/fixtures/small.json', 'utf8');
const renamed = (id: string) => small.replace('"id": "small"', `"id": "${id}"`);

function shippedTexts(): Record<string, string> {
  return Object.fromEntries(scenarioFiles().map((path) => [path, readFileSync(path, 'utf8')]));
}

describe('scenario catalogue', () => {
  test('the fingerprint changes with the text and is stable', () => {
    expect(scenarioFingerprint('abc')).toBe(scenarioFingerprint('abc'));
    expect(scenarioFingerprint('abc')).not.toBe(scenarioFingerprint('abd'));
    expect(scenarioFingerprint('')).toMatch(/^[0-9a-f]{8}$/);
  });

  test('tutorial first, then by length, broken files last with readable messages', () => {
    const entries = catalogueFromTexts({
      'scenarios/a-broken.json': '{ "id": ',
      'scenarios/b-long.json': renamed('b-long').replace(/"weeks": \d+/, '"weeks": 12'),
      'scenarios/tutorial.json': renamed('tutorial'),
      'scenarios/scenario.schema.json': '{}',
    });
    expect(entries.map((entry) => [entry.file, entry.ok])).toEqual([
      ['scenarios/tutorial.json', true],
      ['scenarios/b-long.json', true],
      ['scenarios/a-broken.json', false],
    ]);
    const broken = entries[2]!;
    expect(broken.ok ? [] : broken.messages[0]).toMatch(
      /^scenarios\/a-broken\.json.*not valid JSON/,
    );
  });

  test('each loaded entry carries the fingerprint of its own file', () => {
    const texts = shippedTexts();
    for (const entry of catalogueFromTexts(texts)) {
      expect(entry.ok).toBe(true);
      if (entry.ok) expect(entry.fingerprint).toBe(scenarioFingerprint(texts[entry.file]!));
    }
  });

  test('the build hands the browser exactly the catalogue of the shipped files', () => {
    const fromFiles = catalogueFromTexts(shippedTexts());
    expect(fromFiles.length).toBeGreaterThanOrEqual(3);
    expect(shipped).toEqual(fromFiles);
    // The trip through JSON loses nothing: no undefined fields, maps or functions hide in a scenario.
    expect(JSON.parse(JSON.stringify(fromFiles))).toStrictEqual(fromFiles);
  });
});
