#!/usr/bin/env node
/**
 * `npm test`: builds the game, runs every test (unit, property, browser) in
 * one Vitest run, and ends with a plain `N passed, N failed` line.
 */
import { spawnSync } from 'node:child_process';
import { mkdirSync, readFileSync } from 'node:fs';

const env = { ...process.env, NO_COLOR: '1', FORCE_COLOR: '0' };
const node = process.execPath;

function run(args, label) {
  console.log(`\n▶ ${label}`);
  const result = spawnSync(node, args, { stdio: 'inherit', env });
  return result.status ?? 1;
}

if (run(['node_modules/vite/bin/vite.js', 'build', '--logLevel', 'warn'], 'build') !== 0) {
  console.log('\n0 passed, 1 failed');
  process.exit(1);
}

mkdirSync('tests/artifacts', { recursive: true });
const report = 'tests/artifacts/vitest-report.json';
const status = run(
  [
    'node_modules/vitest/vitest.mjs',
    'run',
    ...process.argv.slice(2),
    '--reporter=default',
    '--reporter=json',
    `--outputFile.json=${report}`,
  ],
  'tests',
);

let passed = 0;
let failed = 0;
try {
  const summary = JSON.parse(readFileSync(report, 'utf8'));
  passed = summary.numPassedTests;
  failed = summary.numFailedTests;
} catch {
  // no report: Vitest itself failed before running tests
}
// A non-zero exit with no failed test (a setup error, an unhandled error) still counts as a failure.
if (status !== 0 && failed === 0) failed = 1;
console.log(`\n${passed} passed, ${failed} failed`);
process.exit(status === 0 && failed === 0 ? 0 : 1);
