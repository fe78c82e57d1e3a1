/** Parses the runner's command line; every mistake is a one-line message. */
import { type PolicyName, policyNames } from '../../src/sim/vocabulary';

export interface RunnerArgs {
  scenario: string;
  policy: PolicyName;
  seeds: { from: number; to: number };
  weeks?: number;
  json: boolean;
}

export type ParsedArgs = { ok: true; args: RunnerArgs } | { ok: false; message: string };

const usage =
  'usage: npm run simulate -- --scenario <id> --policy <name> --seeds <from>..<to> [--weeks N] [--json]';

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
    if (!['--scenario', '--policy', '--seeds', '--weeks'].includes(flag)) {
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
  let weeks: number | undefined;
  if (values.has('--weeks')) {
    weeks = Number(values.get('--weeks'));
    if (!Number.isInteger(weeks) || weeks < 1)
      return {
        ok: false,
        message: `--weeks takes a whole number of weeks, got "${values.get('--weeks')}"`,
      };
  }
  return {
    ok: true,
    args: {
      scenario,
      policy: policy as PolicyName,
      seeds: { from, to },
      json,
      ...(weeks ? { weeks } : {}),
    },
  };
}
