/**
 * The launcher runs the bundle of the sources as they are: in a copy of the
 * project, the first command builds it, the next one reuses it, and an edit
 * to a source is in the very next run.
 */
import { spawnSync } from 'node:child_process';
import {
  cpSync,
  mkdirSync,
  mkdtempSync,
  readdirSync,
  readFileSync,
  rmSync,
  symlinkSync,
  writeFileSync,
} from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { afterAll, expect, test } from 'vitest';
import { bundleSources } from '../../scripts/runner/sourceFingerprint.mjs';

const project = mkdtempSync(join(tmpdir(), 'launch-'));
afterAll(() => rmSync(project, { recursive: true, force: true }));
for (const source of bundleSources) cpSync(source, join(project, source), { recursive: true });
// The copy's packages are the real ones; its bundle cache is its own.
mkdirSync(join(project, 'node_modules'));
for (const name of readdirSync('node_modules').filter((name) => name !== '.cache'))
  symlinkSync(resolve('node_modules', name), join(project, 'node_modules', name));

const cache = join(project, 'node_modules/.cache/coach-or-rescue-runner');
const launch = (...args: string[]) =>
  spawnSync(process.execPath, [join(project, 'scripts/runner/launch.mjs'), ...args], {
    cwd: project,
    encoding: 'utf8',
    env: { ...process.env, INIT_CWD: project },
  });

test('builds the bundle when there is none, reuses it, and builds again after an edit', () => {
  const simulated = launch(
    'simulate',
    '--policy',
    'balanced',
    '--seeds',
    '2..2',
    '--weeks',
    '2',
    '--log',
    's.json',
  );
  expect(simulated.status).toBe(0);
  expect(readdirSync(cache)).toHaveLength(1);
  const before = launch('replay', 's.json', '--json');
  expect(JSON.parse(before.stdout).policy).toBe('replay');
  expect(readdirSync(cache)).toHaveLength(1);

  const replay = join(project, 'scripts/replay.ts');
  writeFileSync(
    replay,
    readFileSync(replay, 'utf8').replace("replayPolicy = 'replay'", "replayPolicy = 'edited'"),
  );
  const after = launch('replay', 's.json', '--json');
  expect(after.status).toBe(0);
  expect(JSON.parse(after.stdout).policy).toBe('edited');
  expect(readdirSync(cache)).toHaveLength(2);
});

test('an unknown command gets one line and exit code 2', () => {
  const run = launch('simulat');
  expect(run.status).toBe(2);
  expect(run.stderr.trim()).toBe(
    'usage: node scripts/runner/launch.mjs <simulate|replay|bench> [arguments…]',
  );
});
