/**
 * The build's own way in: the Vite plugin that checks the scenario files and
 * hands the browser the catalogue refuses a file nested 40,000 deep and a
 * 6 MB file (the build used to run out of memory on the first), lists them
 * broken with their messages, and keeps the good file beside them.
 */
import { copyFileSync, mkdirSync, mkdtempSync, rmSync, symlinkSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { afterAll, expect, test } from 'vitest';
import { hostileFiles } from '../../../scripts/bench/hostileScenarios';
import { catalogueModuleId, scenarioCatalogue } from '../../../scripts/vite/scenarioCatalogue';
import type { CatalogueEntry } from '../../../src/content/scenarioCatalogue';

const root = mkdtempSync(join(tmpdir(), 'catalogue-build-'));
afterAll(() => rmSync(root, { recursive: true, force: true }));

test('a build with hostile scenario files lists them broken, by name, and the good one ready', async () => {
  for (const folder of ['src', 'node_modules']) symlinkSync(resolve(folder), join(root, folder));
  mkdirSync(join(root, 'scenarios'));
  copyFileSync('scenarios/tutorial.json', join(root, 'scenarios/tutorial.json'));
  for (const name of ['nested-40000', 'six-megabytes']) {
    writeFileSync(
      join(root, 'scenarios', `${name}.json`),
      hostileFiles.find((f) => f.name === name)!.text(),
    );
  }
  const plugin = scenarioCatalogue();
  const hooks = plugin as unknown as {
    configResolved(config: { root: string }): void;
    load(this: { addWatchFile(path: string): void }, id: string): Promise<string>;
  };
  hooks.configResolved({ root });
  const watched: string[] = [];
  const code = await hooks.load.call(
    { addWatchFile: (path) => watched.push(path) },
    `\0${catalogueModuleId}`,
  );
  const json = /^export default JSON\.parse\((.*)\);$/s.exec(code)?.[1];
  const catalogue = JSON.parse(JSON.parse(json!)) as CatalogueEntry[];
  expect(catalogue.map((entry) => [entry.file, entry.ok])).toEqual([
    ['scenarios/tutorial.json', true],
    ['scenarios/nested-40000.json', false],
    ['scenarios/six-megabytes.json', false],
  ]);
  const messages = catalogue.flatMap((entry) => (entry.ok ? [] : entry.messages));
  expect(messages).toEqual([
    expect.stringMatching(
      /^scenarios\/nested-40000\.json:36 › \(file\): lists and objects are nested more than 32 deep/,
    ),
    expect.stringMatching(
      /^scenarios\/six-megabytes\.json › \(file\): the file is 6\.1 MB, larger than a scenario file may be/,
    ),
  ]);
  expect(watched).toHaveLength(3);
}, 30_000);
