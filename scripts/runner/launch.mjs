#!/usr/bin/env node
/**
 * Starts a runner command (`simulate`, `replay`, `bench`) from its prebuilt
 * plain-JavaScript bundle, so no TypeScript is compiled at start. The bundle
 * lives in node_modules/.cache/coach-or-rescue-runner/<fingerprint>/, named
 * by the fingerprint of its sources: when any of them has changed (or on a
 * fresh clone) the fingerprint is new, and the bundle is built again with
 * Vite before the command runs. A build goes to a folder of its own and is
 * renamed into place whole, so commands started side by side never read half
 * a bundle.
 *
 * usage: node scripts/runner/launch.mjs <command> [arguments…]
 */
import { existsSync, mkdirSync, readdirSync, renameSync, rmSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { sourceFingerprint } from './sourceFingerprint.mjs';

const commands = ['simulate', 'replay', 'bench'];
const root = fileURLToPath(new URL('../..', import.meta.url));
const cache = join(root, 'node_modules', '.cache', 'coach-or-rescue-runner');
/** Bundles of older sources are removed once they are this old (a run may still be using one). */
const keepOldBundlesMs = 10 * 60_000;

async function freshBundle() {
  const dir = join(cache, sourceFingerprint(root));
  if (existsSync(dir)) return dir;
  const building = `${dir}.building-${process.pid}`;
  const { runnerImport } = await import('vite');
  const { module } = await runnerImport(join(root, 'scripts/runner/buildBundle.ts'), {
    root,
    configFile: false,
    logLevel: 'error',
  });
  await module.buildBundle(root, building);
  try {
    renameSync(building, dir);
  } catch (error) {
    // Another command built the same sources first: use theirs.
    if (!existsSync(dir)) throw error;
    rmSync(building, { recursive: true, force: true });
  }
  for (const name of readdirSync(cache)) {
    const old = join(cache, name);
    if (old !== dir && Date.now() - statSync(old).mtimeMs > keepOldBundlesMs)
      rmSync(old, { recursive: true, force: true });
  }
  return dir;
}

const [command, ...args] = process.argv.slice(2);
if (!commands.includes(command ?? '')) {
  console.error(`usage: node scripts/runner/launch.mjs <${commands.join('|')}> [arguments…]`);
  process.exit(2);
}
mkdirSync(cache, { recursive: true });
let dir;
try {
  dir = await freshBundle();
} catch (error) {
  // Vite has printed what in the sources failed to build; the stack would only hide it.
  console.error(`the runner could not be built from the sources: ${error?.message ?? error}`);
  process.exit(1);
}
const { main } = await import(pathToFileURL(join(dir, `${command}.mjs`)).href);
process.exitCode = await main(args, { workerFile: join(dir, 'worker.mjs') });
