import { resolve } from 'node:path';

/** What the launcher (scripts/runner/launch.mjs) hands a runner command, and what it gets back. */
export interface Bundle {
  /** The bundled worker thread's file. */
  workerFile: string;
}

/** A command: its arguments and the bundle in, its exit code out. */
export type RunnerCommand = (argv: readonly string[], bundle: Bundle) => Promise<number>;

/** A mistake in the input: one line on stderr, and exit code 2. */
export function refuse(message: string): number {
  console.error(message);
  return 2;
}

/** A file named on the command line, from the folder it was typed in (npm runs scripts from the project's). */
export function typedPath(path: string): string {
  return resolve(process.env.INIT_CWD ?? process.cwd(), path);
}
