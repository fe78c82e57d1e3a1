/**
 * `npm run scenarios:check [-- --json] [files…]`: checks every scenario in
 * scenarios/ (or the files named), prints every problem found (or, with
 * --json, the report of src/content/checkReport), and exits 1 if there is
 * any problem, 2 on an option it does not know.
 */
import { checkReport } from '../src/content/checkReport';
import { loadDiskScenarios, scenarioFiles } from '../src/content/diskScenarios';
import { formatError } from '../src/content/scenarioError';

const args = process.argv.slice(2);
const json = args.includes('--json');
const unknown = args.find((arg) => arg.startsWith('--') && arg !== '--json');
if (unknown) {
  console.error(`unknown option ${unknown}: use npm run scenarios:check [-- --json] [files…]`);
  process.exit(2);
}
const named = args.filter((arg) => arg !== '--json');
const entries = loadDiskScenarios(named.length > 0 ? named : scenarioFiles());
const problems = entries.reduce((sum, entry) => sum + (entry.ok ? 0 : entry.errors.length), 0);

const plural = (count: number, word: string) => `${count} ${word}${count === 1 ? '' : 's'}`;

if (json) {
  console.log(JSON.stringify(checkReport(entries), null, 2));
} else {
  for (const entry of entries) {
    if (entry.ok) {
      const { scenario } = entry;
      console.log(
        `ok  ${entry.file}: "${scenario.title}", ${scenario.weeks} weeks, ${plural(scenario.setup.team.length, 'rep')}, ${plural(Object.keys(scenario.stories).length, 'story deal')}`,
      );
      continue;
    }
    console.log(`BROKEN  ${entry.file}: ${plural(entry.errors.length, 'problem')}`);
    for (const error of entry.errors) console.log(`  ${formatError(error)}`);
  }
  const broken = entries.filter((entry) => !entry.ok).length;
  console.log(
    `\n${plural(entries.length, 'scenario file')} checked: ${entries.length - broken} ok, ${broken} broken, ${plural(problems, 'problem')}`,
  );
}
process.exit(problems > 0 || entries.length === 0 ? 1 : 0);
