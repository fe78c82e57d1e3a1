/**
 * npm run replay -- FILE [--json]
 * Replays a session file from the game or from `npm run simulate -- --log`
 * (its current branch) and prints the one-run summary in simulate's shape.
 * The file is read exactly as the game reads one (src/content/sessionFile);
 * one that does not replay gets one line naming the damage or the decision,
 * and exit code 2.
 */
import { readFileSync } from 'node:fs';
import { readSession } from '../src/content/sessionFile';
import { summariseRuns } from '../src/sim/runSummary';
import { parseReplayArgs } from './runner/args';
import { type RunnerCommand, refuse, typedPath } from './runner/command';
import { formatReport } from './runner/report';
import { shippedCatalogue } from './runner/shippedScenarios';

/** What a replay's summary names as its policy: the decisions came from a file, not a scripted player. */
export const replayPolicy = 'replay';

export const main: RunnerCommand = async (argv) => {
  const parsed = parseReplayArgs(argv);
  if (!parsed.ok) return refuse(parsed.message);
  const { file, json } = parsed.args;
  let bytes: string;
  try {
    bytes = readFileSync(typedPath(file), 'utf8');
  } catch (error) {
    return refuse(
      `${file}: cannot read the file (${(error as NodeJS.ErrnoException).code ?? error})`,
    );
  }
  const read = readSession(bytes, shippedCatalogue);
  if (!read.ok) return refuse(`${file}: ${read.reason}.`);
  if (read.state.history.length === 0)
    return refuse(`${file}: no week of it has ended yet, so there is nothing to sum up.`);
  if (read.scenarioChanged)
    console.error(
      `${file}: note: the scenario file "${read.session.scenario}" has changed since this session was played; it still replays`,
    );
  const summary = summariseRuns(read.session.scenario, replayPolicy, [read.state]);
  console.log(json ? JSON.stringify(summary) : formatReport(summary));
  return 0;
};
