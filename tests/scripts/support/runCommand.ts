/** Runs a runner command end to end, as `npm run simulate` / `npm run replay` do: through the launcher and the bundle. */
import { spawnSync } from 'node:child_process';

export function runCommand(command: 'simulate' | 'replay', ...args: string[]) {
  return runCommandFrom(undefined, command, ...args);
}

/** The same, as typed in another folder (npm tells the script where in INIT_CWD). */
export function runCommandFrom(
  folder: string | undefined,
  command: 'simulate' | 'replay',
  ...args: string[]
) {
  return spawnSync(process.execPath, ['scripts/runner/launch.mjs', command, ...args], {
    encoding: 'utf8',
    env: { ...process.env, INIT_CWD: folder ?? process.cwd() },
  });
}

/** The one line a refused command prints, checking it printed nothing else and exited with 2. */
export function refusal(run: ReturnType<typeof runCommand>): string {
  if (run.status !== 2 || run.stdout !== '')
    throw new Error(`expected a refusal, got exit ${run.status} with "${run.stdout.slice(0, 80)}"`);
  const lines = run.stderr.trimEnd().split('\n');
  if (lines.length !== 1) throw new Error(`expected one line, got:\n${run.stderr}`);
  return lines[0]!;
}
