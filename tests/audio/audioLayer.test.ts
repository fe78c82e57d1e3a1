import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, test } from 'vitest';

const folder = 'src/audio';
const runtimeFiles = readdirSync(folder).filter((name) => name.endsWith('.ts'));
const importsOf = (name: string) =>
  [
    ...readFileSync(join(folder, name), 'utf8').matchAll(/^import (type )?[^;]*?from '([^']+)';/gm),
  ].map((match) => ({ typeOnly: match[1] !== undefined, from: match[2] ?? '' }));

describe('src/audio stays a small browser runtime', () => {
  test.each(runtimeFiles)('%s pulls in no synthesis and no Node modules', (name) => {
    for (const { from } of importsOf(name)) {
      expect(from).not.toMatch(/scripts|^node:|^fs$|^path$/);
    }
  });

  test('only createAudioDirector loads Howler itself; the rest take it injected', () => {
    const loading = runtimeFiles.filter((name) =>
      importsOf(name).some(({ from, typeOnly }) => from === 'howler' && !typeOnly),
    );
    expect(loading).toEqual(['createAudioDirector.ts']);
  });
});
