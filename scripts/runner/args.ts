/** Parses the runner's command lines (simulate and replay); every mistake is a one-line message. */
import { type PolicyName, policyNames } from '../../src/sim/vocabulary';

export interface RunnerArgs {
  scenario: string;
  policy: PolicyName;
  seeds: { from: number; to: number };
  weeks?: number;
  json: boolean;
  /** Where to write the session file of the one season played. */
  log?: string;
  /** How many threads play the seeds; by default as many as pay on this machine's cores. */
  threads?: number;
}

export type ParsedArgs = { ok: true; args: RunnerArgs } | { ok: false; message: string };

const usage =
  'usage: npm run simulate -- --scenario <id> --policy <name> --seeds <from>..<to> [--weeks N] [--json] [--log FILE] [--threads N]';

const valueFlags = ['--scenario', '--policy', '--seeds', '--weeks', '--log', '--threads'];

function wholeNumber(text: string | undefined): number | undefined {
  const value = Number(text);
  return /^\d+$/.test(text ?? '') && Number.isSafeInteger(value) && value >= 1 ? value : undefined;
}

export function parseRunnerArgs(
  argv: readonly string[],
  scenarioIds: readonly string[],
): ParsedArgs {
  const values = new Map<string, string>();
  let json = false;
  for (let i = 0; i < argv.length; i += 1) {
    const flag = argv[i]!;
    if (flag === '--json') {
      json = true;
      continue;
    }
    if (!valueFlags.includes(flag)) {
      return { ok: false, message: `unknown option "${flag}". ${usage}` };
    }
    const value = argv[i + 1];
    if (value === undefined || value.startsWith('--'))
      return { ok: false, message: `${flag} needs a value. ${usage}` };
    values.set(flag, value);
    i += 1;
  }
  const scenario = values.get('--scenario') ?? 'standard';
  if (!scenarioIds.includes(scenario)) {
    return {
      ok: false,
      message: `unknown scenario "${scenario}" (scenarios: ${scenarioIds.join(', ')})`,
    };
  }
  const policy = values.get('--policy');
  if (!policy || !(policyNames as readonly string[]).includes(policy)) {
    return {
      ok: false,
      message: `unknown policy "${policy ?? ''}" (policies: ${policyNames.join(', ')})`,
    };
  }
  const seedText = values.get('--seeds') ?? '1..1';
  const match = /^(\d+)\.\.(\d+)$/.exec(seedText);
  const from = match ? Number(match[1]) : Number.NaN;
  const to = match ? Number(match[2]) : Number.NaN;
  if (!match || from > to || to - from >= 100_000) {
    return {
      ok: false,
      message: `malformed seed range "${seedText}": write it as <from>..<to>, e.g. 1..200`,
    };
  }
  const weeks = wholeNumber(values.get('--weeks'));
  if (values.has('--weeks') && !weeks)
    return {
      ok: false,
      message: `--weeks takes a whole number of weeks, got "${values.get('--weeks')}"`,
    };
  const threads = wholeNumber(values.get('--threads'));
  if (values.has('--threads') && !threads)
    return {
      ok: false,
      message: `--threads takes a whole number of threads, got "${values.get('--threads')}"`,
    };
  const log = values.get('--log');
  if (log !== undefined && from !== to)
    return {
      ok: false,
      message: `--log writes the session file of one season: give one seed (e.g. --seeds ${from}..${from}), not ${seedText}`,
    };
  return {
    ok: true,
    args: {
      scenario,
      policy: policy as PolicyName,
      seeds: { from, to },
      json,
      ...(weeks ? { weeks } : {}),
      ...(log !== undefined ? { log } : {}),
      ...(threads ? { threads } : {}),
    },
  };
}

export interface ReplayArgs {
  file: string;
  json: boolean;
}

export type ParsedReplayArgs = { ok: true; args: ReplayArgs } | { ok: false; message: string };

const replayUsage = 'usage: npm run replay -- FILE [--json]';

export function parseReplayArgs(argv: readonly string[]): ParsedReplayArgs {
  const files = argv.filter((arg) => arg !== '--json');
  const unknown = files.find((arg) => arg.startsWith('--'));
  if (unknown) return { ok: false, message: `unknown option "${unknown}". ${replayUsage}` };
  if (files.length !== 1)
    return {
      ok: false,
      message: `${files.length === 0 ? 'name the session file to replay' : 'replay one session file at a time'}. ${replayUsage}`,
    };
  return { ok: true, args: { file: files[0]!, json: argv.includes('--json') } };
}
