/**
 * npm run simulate -- --scenario <id> --policy <name> --seeds <from>..<to> [--weeks N] [--json] [--log FILE] [--threads N]
 * Plays many seeded seasons headless on the pure model in src/sim, on all
 * cores, and prints their summary; with --log and one seed, also writes that
 * season's session file in the game's format.
 */
import { writeFileSync } from 'node:fs';
import { type RunRecord, summariseRuns } from '../src/sim/runSummary';
import { parseRunnerArgs } from './runner/args';
import { type RunnerCommand, refuse, typedPath } from './runner/command';
import { playedSession } from './runner/playedSession';
import { playOnCores } from './runner/playOnCores';
import { playSeason } from './runner/playSeeds';
import { formatReport } from './runner/report';
import { shippedScenarios } from './runner/shippedScenarios';

export const main: RunnerCommand = async (argv, bundle) => {
  const scenarios = shippedScenarios();
  const parsed = parseRunnerArgs(argv, [...scenarios.keys()]);
  if (!parsed.ok) return refuse(parsed.message);
  const { scenario, policy, seeds, weeks, json, log, threads } = parsed.args;
  const entry = scenarios.get(scenario)!;
  let records: readonly RunRecord[];
  if (log !== undefined) {
    const played = playSeason(entry.scenario, policy, seeds.from, weeks);
    const session = playedSession(entry, seeds.from, played.decisions);
    try {
      writeFileSync(typedPath(log), `${JSON.stringify(session, null, 2)}\n`);
    } catch (error) {
      return refuse(
        `${log}: cannot write the session file (${(error as NodeJS.ErrnoException).code ?? error})`,
      );
    }
    records = [played.state];
  } else {
    const job = { scenario, policy, seeds, ...(weeks ? { weeks } : {}) };
    records = (await playOnCores(entry.scenario, [job], bundle.workerFile, threads))[0]!;
  }
  const summary = summariseRuns(scenario, policy, records);
  console.log(json ? JSON.stringify(summary) : formatReport(summary));
  return 0;
};
