/**
 * A Vite plugin that checks the scenario files when the game is built (and
 * whenever one changes under the dev server) and hands the browser the
 * finished catalogue as the module `virtual:scenario-catalogue`. The page
 * then starts without parsing and checking scenarios, and without shipping
 * the schema library; broken files still reach the title with their errors.
 *
 * The checker is src/content itself, loaded through Vite's module runner so
 * the config does not have to bundle it.
 */
import { basename, join } from 'node:path';
import { type Plugin, runnerImport } from 'vite';

type CatalogueModule = typeof import('../../src/content/scenarioCatalogue');
type DiskModule = typeof import('../../src/content/diskScenarios');

export const catalogueModuleId = 'virtual:scenario-catalogue';
const resolvedId = `\0${catalogueModuleId}`;

async function load<T>(root: string, path: string): Promise<T> {
  const { module } = await runnerImport<T>(join(root, path), {
    configFile: false,
    logLevel: 'error',
  });
  return module;
}

export function scenarioCatalogue(): Plugin {
  let root = process.cwd();
  return {
    name: 'coach-or-rescue:scenario-catalogue',
    configResolved(config) {
      root = config.root;
    },
    resolveId(id) {
      return id === catalogueModuleId ? resolvedId : undefined;
    },
    async load(id) {
      if (id !== resolvedId) return undefined;
      const [{ catalogueFromTexts }, { readScenarioTexts, scenarioFiles }] = await Promise.all([
        load<CatalogueModule>(root, 'src/content/scenarioCatalogue.ts'),
        load<DiskModule>(root, 'src/content/diskScenarios.ts'),
      ]);
      const files = scenarioFiles(join(root, 'scenarios'));
      for (const path of files) this.addWatchFile(path);
      // Named as the game names them, whatever the folder it was built in; too large, not read.
      const { texts, unreadable } = readScenarioTexts(
        files,
        (path) => `scenarios/${basename(path)}`,
      );
      // A JSON string parses faster than the same object written as a literal.
      const json = JSON.stringify(catalogueFromTexts(texts, unreadable));
      return `export default JSON.parse(${JSON.stringify(json)});`;
    },
  };
}
