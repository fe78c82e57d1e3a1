/**
 * `npm run scenarios:check [files…]`: checks every scenario in scenarios/ (or
 * the files named), prints every problem found, and exits 1 if there is any.
 */
import { loadDiskScenarios, scenarioFiles } from '../src/content/diskScenarios';
import { formatError } from '../src/content/scenarioError';

const named = process.argv.slice(2);
const entries = loadDiskScenarios(named.length > 0 ? named : scenarioFiles());

let problems = 0;
for (const entry of entries) {
  if (entry.ok) {
    const { scenario } = entry;
    const stories = Object.keys(scenario.stories).length;
    console.log(
      `ok  ${entry.file}: "${scenario.title}", ${scenario.weeks} weeks, ${scenario.setup.team.length} reps, ${stories} story deal${stories === 1 ? '' : 's'}`,
    );
    continue;
  }
  problems += entry.errors.length;
  console.log(
    `BROKEN  ${entry.file}: ${entry.errors.length} problem${entry.errors.length === 1 ? '' : 's'}`,
  );
  for (const error of entry.errors) console.log(`  ${formatError(error)}`);
}

const broken = entries.filter((entry) => !entry.ok).length;
console.log(
  `\n${entries.length} scenario file${entries.length === 1 ? '' : 's'} checked: ${entries.length - broken} ok, ${broken} broken, ${problems} problem${problems === 1 ? '' : 's'}`,
);
process.exit(problems > 0 || entries.length === 0 ? 1 : 0);
