/**
 * `npm run sounds`: synthesises every cue and the music loop into
 * `public/sounds/` as small 16-bit mono WAV files. Deterministic: running it
 * twice gives byte-identical files. Old WAV files no sound key names are removed.
 */
import { mkdirSync, readdirSync, rmSync, writeFileSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { soundFolder } from '../src/audio/soundKeys';
import { renderSoundFiles } from './sound/soundFiles';

const publicDir = resolve(dirname(fileURLToPath(import.meta.url)), '..', 'public');
const folder = join(publicDir, soundFolder);
mkdirSync(folder, { recursive: true });

const files = renderSoundFiles();
let total = 0;
for (const file of files) {
  writeFileSync(join(publicDir, file.path), file.bytes);
  total += file.bytes.length;
  console.log(`${file.path.padEnd(30)} ${(file.bytes.length / 1024).toFixed(1).padStart(7)} KB`);
}

const written = new Set(files.map((file) => file.path));
for (const name of readdirSync(folder)) {
  const path = `${soundFolder}/${name}`;
  if (name.endsWith('.wav') && !written.has(path)) {
    rmSync(join(folder, name));
    console.log(`removed ${path}: no sound key names it`);
  }
}
console.log(`${files.length} files, ${(total / 1024).toFixed(1)} KB in public/${soundFolder}/`);
