/** Reading scenario files from disk, as scripts and the game's build do. */
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, test } from 'vitest';
import { loadDiskScenarios, readScenarioTexts } from '../../src/content/diskScenarios';
import { catalogueFromTexts } from '../../src/content/scenarioCatalogue';
import { scenarioLimits } from '../../src/content/scenarioLimits';

describe('scenario files on disk', () => {
  const dir = mkdtempSync(join(tmpdir(), 'disk-scenarios-'));
  afterAll(() => rmSync(dir, { recursive: true, force: true }));
  const large = join(dir, 'large.json');
  writeFileSync(large, `"${'x'.repeat(scenarioLimits.bytes)}"`);

  test('a file larger than a scenario may be is refused from its size, not read', () => {
    const { texts, unreadable } = readScenarioTexts([large, 'scenarios/tutorial.json']);
    expect(Object.keys(texts)).toEqual(['scenarios/tutorial.json']);
    expect(unreadable).toEqual([
      {
        file: large,
        ok: false,
        errors: [
          expect.objectContaining({
            file: large,
            path: '(file)',
            message:
              'the file is 1,000,002 bytes, larger than a scenario file may be (at most 1 MB)',
          }),
        ],
      },
    ]);
  });

  test('files are named as typed, absolute paths whole', () => {
    const path = join(dir, 'missing.json');
    expect(
      loadDiskScenarios([path, './scenarios/tutorial.json']).map((e) => [e.file, e.ok]),
    ).toEqual([
      [path, false],
      ['scenarios/tutorial.json', true],
    ]);
  });

  test('the build names files as the game does, and lists a refused one as broken', () => {
    const { texts, unreadable } = readScenarioTexts(
      [large, 'scenarios/tutorial.json'],
      (path) => `scenarios/${path.split('/').at(-1)}`,
    );
    const catalogue = catalogueFromTexts(texts, unreadable);
    expect(catalogue.map((entry) => [entry.file, entry.ok])).toEqual([
      ['scenarios/tutorial.json', true],
      ['scenarios/large.json', false],
    ]);
    expect(catalogue[1]!.ok ? [] : catalogue[1]!.messages).toEqual([
      expect.stringMatching(/^scenarios\/large\.json › \(file\): the file is 1,000,002 bytes/),
    ]);
  });
});
