/**
 * npm run simulate -- --scenario <id> --policy <name> --seeds <from>..<to> [--weeks N] [--json]
 * Plays many seeded seasons headless, through the game's own machines.
 */
import { playSeason } from '../src/machines/playSeason';
import { policies } from '../src/sim/policies';
import { summariseRuns } from '../src/sim/runSummary';
import { parseRunnerArgs } from './runner/args';
import { formatReport } from './runner/report';
import { scenarioSetups } from './runner/scenarioSetups';

const setups = scenarioSetups();
const parsed = parseRunnerArgs(process.argv.slice(2), [...setups.keys()]);
if (!parsed.ok) {
  console.error(parsed.message);
  process.exit(2);
}
const { scenario, policy, seeds, weeks, json } = parsed.args;
const setup = setups.get(scenario)!;
const states = [];
for (let seed = seeds.from; seed <= seeds.to; seed += 1) {
  states.push(playSeason(setup, seed, policies[policy], weeks ? { weeks } : {}).state);
}
const summary = summariseRuns(scenario, policy, states);
console.log(json ? JSON.stringify(summary) : formatReport(summary));
