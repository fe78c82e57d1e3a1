/**
 * npm run simulate -- --scenario <id> --policy <name> --seeds <from>..<to> [--weeks N] [--json]
 * Plays many seeded seasons headless on the model in src/sim, as the game's season machine does.
 */
import { storyCoaching } from '../src/content/storyCoaching';
import { playWithPolicy } from '../src/sim/playWithPolicy';
import { policies } from '../src/sim/policies';
import { summariseRuns } from '../src/sim/runSummary';
import { parseRunnerArgs } from './runner/args';
import { formatReport } from './runner/report';
import { shippedScenarios } from './runner/shippedScenarios';

const scenarios = shippedScenarios();
const parsed = parseRunnerArgs(process.argv.slice(2), [...scenarios.keys()]);
if (!parsed.ok) {
  console.error(parsed.message);
  process.exit(2);
}
const { scenario, policy, seeds, weeks, json } = parsed.args;
const chosen = scenarios.get(scenario)!;
const prepare = storyCoaching(chosen);
const states = [];
for (let seed = seeds.from; seed <= seeds.to; seed += 1) {
  states.push(playWithPolicy(chosen.setup, seed, policies[policy], prepare, weeks).state);
}
const summary = summariseRuns(scenario, policy, states);
console.log(json ? JSON.stringify(summary) : formatReport(summary));
