/**
 * Bundles the benchmark worker into one plain JavaScript file with Vite, so
 * each worker thread starts by loading it instead of compiling TypeScript
 * (as a CLI tool ships its compiled code). Returns the file's path.
 */
import { join } from 'node:path';
import { build } from 'vite';

const outDir = join('node_modules', '.cache', 'coach-or-rescue-bench');

export async function buildWorker(): Promise<string> {
  await build({
    configFile: false,
    publicDir: false,
    logLevel: 'warn',
    ssr: { noExternal: true },
    build: {
      ssr: 'scripts/bench/worker.ts',
      outDir,
      emptyOutDir: true,
      target: 'node20',
      rolldownOptions: { output: { format: 'es', entryFileNames: 'worker.mjs' } },
    },
  });
  return join(process.cwd(), outDir, 'worker.mjs');
}
