/**
 * `npx tsx scripts/coachingVariety.ts [policy]`: for each shipped scenario
 * and a few seeds, how many generic coaching talks a season played by the
 * policy (default coach-early) held, how many were different, and the talk
 * and question repeated most.
 */
import { loadDiskScenarios } from '../src/content/diskScenarios';
import { type PolicyName, policyNames } from '../src/sim/vocabulary';
import { coachingVariety } from './bench/coachingVariety';

const policy = (process.argv[2] ?? 'coach-early') as PolicyName;
if (!policyNames.includes(policy)) {
  console.error(`unknown policy ${policy}: use one of ${policyNames.join(', ')}`);
  process.exit(2);
}
for (const entry of loadDiskScenarios()) {
  if (!entry.ok) continue;
  for (const seed of [2026, 1, 2, 3, 4, 5]) {
    const v = coachingVariety(entry.scenario, seed, policy);
    console.log(
      `${entry.scenario.id} seed ${seed} (${policy}): ${v.distinct} different talks of ${v.talks}; most repeated ${v.mostRepeated.times}× (${v.mostRepeated.key}); most asked question ${v.mostAskedQuestion.times}×; repeats on one deal ${v.repeatsOnOneDeal}`,
    );
  }
}
