/**
 * Builds the runner's commands into plain JavaScript with Vite, so a command
 * starts by loading files instead of compiling TypeScript (as a CLI tool
 * ships its compiled code). The shipped scenarios are checked here, once,
 * through the game's own catalogue plugin, and go into the bundle finished:
 * a run neither parses nor checks them, and zod stays out of it.
 * scripts/runner/launch.mjs calls this when the sources have changed.
 */
import { build } from 'vite';
import { scenarioCatalogue } from '../vite/scenarioCatalogue';

/** The runner's commands and its worker, by the name of their file in the bundle. */
export const bundleEntries = {
  simulate: 'scripts/simulate.ts',
  replay: 'scripts/replay.ts',
  bench: 'scripts/bench.ts',
  worker: 'scripts/runner/worker.ts',
} as const;

export async function buildBundle(root: string, outDir: string): Promise<void> {
  await build({
    root,
    configFile: false,
    publicDir: false,
    logLevel: 'warn',
    plugins: [scenarioCatalogue()],
    ssr: { noExternal: true },
    build: {
      ssr: true,
      outDir,
      emptyOutDir: true,
      target: 'node20',
      minify: false,
      reportCompressedSize: false,
      rolldownOptions: {
        input: bundleEntries,
        output: {
          format: 'es',
          entryFileNames: '[name].mjs',
          chunkFileNames: 'chunks/[name]-[hash].mjs',
        },
      },
    },
  });
}
