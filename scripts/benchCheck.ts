/**
 * `npm run bench:check`: how the scenario checker copes with hostile files.
 * Writes each file of scripts/bench/hostileScenarios into a temporary folder,
 * then for each prints its size, the time `npm run scenarios:check FILE`
 * takes as a process (beside the same command on the shipped tutorial, the
 * baseline measured in the same run, as a ratio), the time parseScenario
 * takes in this process, the exit code and the first line of the report.
 * The folder is removed at the end.
 */
import { spawnSync } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync, statSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { performance } from 'node:perf_hooks';
import { parseScenario } from '../src/content/scenario';
import { sizeWords } from '../src/content/scenarioLimits';
import { hostileFiles, writeHostileFiles } from './bench/hostileScenarios';

function timedCheck(file: string): { seconds: number; status: number | null; line: string } {
  const start = performance.now();
  const run = spawnSync(
    process.execPath,
    ['node_modules/tsx/dist/cli.mjs', 'scripts/checkScenarios.ts', file],
    { encoding: 'utf8', env: { ...process.env, NO_COLOR: '1' } },
  );
  const seconds = (performance.now() - start) / 1000;
  const [first = '', second = ''] = run.stdout.split('\n');
  const line = (run.status === 0 ? first : second).trim() || run.stderr.trim();
  return { seconds, status: run.status, line };
}

const dir = mkdtempSync(join(tmpdir(), 'hostile-scenarios-'));
try {
  const paths = writeHostileFiles(dir);
  const baseline = timedCheck('scenarios/tutorial.json');
  console.log(
    `baseline: scenarios:check on scenarios/tutorial.json takes ${baseline.seconds.toFixed(2)} s as a process (exit ${baseline.status})\n`,
  );
  for (const file of hostileFiles) {
    const path = paths[file.name]!;
    const text = readFileSync(path, 'utf8');
    const start = performance.now();
    const result = parseScenario(path, text);
    const inProcess = performance.now() - start;
    const check = timedCheck(path);
    console.log(
      `${file.name} (${file.what}, ${sizeWords(statSync(path).size)}): process ${check.seconds.toFixed(2)} s (${(check.seconds / baseline.seconds).toFixed(2)}× the baseline), parseScenario ${inProcess.toFixed(0)} ms, exit ${check.status}, ${result.ok ? 'loads' : `${result.errors.length} problem(s)`}`,
    );
    console.log(`  ${check.line.slice(0, 300)}`);
  }
} finally {
  rmSync(dir, { recursive: true, force: true });
}
