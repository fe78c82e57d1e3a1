/** The runner's bundle is rebuilt when any of its sources changes: its fingerprint says when. */
import { mkdirSync, mkdtempSync, renameSync, rmSync, utimesSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, beforeEach, expect, test } from 'vitest';
import { sourceFingerprint } from '../../scripts/runner/sourceFingerprint.mjs';

let root = '';
const write = (path: string, text: string) => {
  mkdirSync(join(root, path, '..'), { recursive: true });
  writeFileSync(join(root, path), text);
  utimesSync(join(root, path), 1_000_000, 1_000_000);
};

beforeEach(() => {
  root = mkdtempSync(join(tmpdir(), 'fingerprint-'));
  write('src/sim/week.ts', 'export const week = 1;\n');
  write('scripts/simulate.ts', 'export {};\n');
  write('scenarios/standard.json', '{}\n');
  write('package.json', '{}\n');
});
afterEach(() => rmSync(root, { recursive: true, force: true }));

test('is the same for the same files', () => {
  expect(sourceFingerprint(root)).toBe(sourceFingerprint(root));
});

test.each([
  [
    'an edit of the same size at the same time',
    () => write('src/sim/week.ts', 'export const week = 2;\n'),
  ],
  ['an edit to a scenario', () => write('scenarios/standard.json', '{ }\n')],
  ['a new file', () => write('src/sim/new.ts', '')],
  [
    'a renamed file',
    () => renameSync(join(root, 'scripts/simulate.ts'), join(root, 'scripts/replay.ts')),
  ],
  ['a deleted file', () => rmSync(join(root, 'scripts/simulate.ts'))],
  ['a new package lock', () => write('package-lock.json', '{}\n')],
])('changes with %s', (_change, change) => {
  const before = sourceFingerprint(root);
  change();
  expect(sourceFingerprint(root)).not.toBe(before);
});

test('does not change for a file touched but unchanged, or files the bundle is not built from', () => {
  const before = sourceFingerprint(root);
  utimesSync(join(root, 'scenarios/standard.json'), 2_000_000, 2_000_000);
  write('README.md', 'notes\n');
  write('tests/sim/week.test.ts', '');
  expect(sourceFingerprint(root)).toBe(before);
});
