/**
 * The fingerprint of everything the runner's bundle is built from: the path
 * and bytes of every file under src/, scripts/ and scenarios/, the package
 * files and the TypeScript config. Any edit, new, renamed or deleted file gives a new
 * fingerprint whatever the files' times say (a restore or a checkout of an
 * older commit included); a file touched but unchanged does not. Reading
 * them all takes a few milliseconds. Plain JavaScript: it runs before
 * anything is compiled.
 */
import { createHash } from 'node:crypto';
import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join } from 'node:path';

export const bundleSources = [
  'src',
  'scripts',
  'scenarios',
  'package.json',
  'package-lock.json',
  'tsconfig.json',
];

/** @param {string} root the project folder */
export function sourceFingerprint(root) {
  const hash = createHash('sha256');
  const visit = (path) => {
    const stats = statSync(join(root, path), { throwIfNoEntry: false });
    if (!stats) return;
    if (stats.isDirectory()) {
      for (const name of readdirSync(join(root, path)).sort()) visit(join(path, name));
      return;
    }
    hash.update(`${path}\0${stats.size}\0`);
    hash.update(readFileSync(join(root, path)));
  };
  for (const source of bundleSources) visit(source);
  return hash.digest('hex').slice(0, 16);
}
