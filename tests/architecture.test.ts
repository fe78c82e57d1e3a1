/**
 * The layer rule from STYLE.md, enforced two ways: Biome's lint config
 * (checked here on planted files in a scratch folder that carries the
 * project's biome.json, so the real tree is never touched) and the sim's
 * own tsconfig without DOM types (checked by `npm run typecheck`).
 */
import { spawnSync } from 'node:child_process';
import { mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join, resolve } from 'node:path';
import { describe, expect, test } from 'vitest';

const biome = resolve('node_modules/@biomejs/biome/bin/biome');

function lintAs(path: string, source: string): { ok: boolean; output: string } {
  const scratch = mkdtempSync(join(tmpdir(), 'layer-rule-'));
  try {
    const config = JSON.parse(readFileSync('biome.json', 'utf8'));
    config.$schema = undefined;
    config.vcs = { enabled: false };
    writeFileSync(join(scratch, 'biome.json'), JSON.stringify(config));
    mkdirSync(join(scratch, dirname(path)), { recursive: true });
    writeFileSync(join(scratch, path), source);
    const result = spawnSync(process.execPath, [biome, 'lint', path], {
      cwd: scratch,
      encoding: 'utf8',
      env: { ...process.env, NO_COLOR: '1' },
    });
    return { ok: result.status === 0, output: `${result.stdout}${result.stderr}` };
  } finally {
    rmSync(scratch, { recursive: true, force: true });
  }
}

describe('the lint config enforces the layer rule', () => {
  test.each([
    ['src/sim/planted.ts', "import Phaser from 'phaser';\nexport const x = Phaser;\n"],
    [
      'src/sim/planted.ts',
      "import { createActor } from 'xstate';\nexport const x = createActor;\n",
    ],
    ['src/sim/planted.ts', "import { z } from 'zod';\nexport const x = z;\n"],
    [
      'src/sim/planted.ts',
      "import { startGame } from '../app/startGame';\nexport const x = startGame;\n",
    ],
    ['src/machines/planted.ts', "import { Howl } from 'howler';\nexport const x = Howl;\n"],
    ['src/content/planted.ts', "import Phaser from 'phaser';\nexport const x = Phaser;\n"],
    [
      'src/machines/planted.ts',
      "import { TitleScene } from '../scenes/TitleScene';\nexport const x = TitleScene;\n",
    ],
  ])('%s may not import %j', (path, source) => {
    const { ok, output } = lintAs(path, source);
    expect(ok).toBe(false);
    expect(output).toContain('noRestrictedImports');
  });

  test('an import inside the layer is allowed', () => {
    expect(
      lintAs('src/sim/planted.ts', "import { x } from './other';\nexport const y = x;\n").ok,
    ).toBe(true);
  });
});

describe('the sim stays free of the DOM and of hidden randomness', () => {
  const simFiles = readdirSync('src/sim').filter((name) => name.endsWith('.ts'));
  const forbidden = /Math\.random|Date\.now|performance\.now|\b(window|document|localStorage)\./;

  test.each(simFiles)('src/sim/%s uses no clock, no Math.random and no DOM', (name) => {
    const source = readFileSync(join('src/sim', name), 'utf8');
    expect(source.match(forbidden)).toBeNull();
  });

  test('the sim tsconfig has no DOM library and no ambient types', () => {
    const config = JSON.parse(readFileSync('src/sim/tsconfig.json', 'utf8'));
    expect(config.compilerOptions.lib).toEqual(['ES2022']);
    expect(config.compilerOptions.types).toEqual([]);
  });
});

describe('scenes draw what selectors hand them', () => {
  const sceneFiles = readdirSync('src/scenes').filter((name) => name.endsWith('.ts'));
  const rawState = /\bsession\.state\b/;

  test('the pattern catches a scene reading the raw state', () => {
    expect('const c = this.session.state.currency;').toMatch(rawState);
    expect('const c = this.session.facts.currency;').not.toMatch(rawState);
  });

  test.each(sceneFiles)('src/scenes/%s never reads the season’s raw state', (name) => {
    const source = readFileSync(join('src/scenes', name), 'utf8');
    expect(source.match(rawState)).toBeNull();
  });
});
