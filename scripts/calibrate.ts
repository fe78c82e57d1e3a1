/**
 * A calibration tool: plays the pure model under every policy over many seeds
 * and prints each target of issue #11 with its measured figure.
 * Plays through playWithPolicy, as the runner and the balance tests do.
 * npx tsx scripts/calibrate.ts [from] [to] ; CAL_TUNING='{"help":{"habitRate":1.5}}' to try numbers.
 */
import { loadDiskScenarios } from '../src/content/diskScenarios';
import type { Scenario } from '../src/content/scenario';
import { storyCoaching } from '../src/content/storyCoaching';
import { playWithPolicy } from '../src/sim/playWithPolicy';
import { policies } from '../src/sim/policies';
import {
  bookedBetween,
  leadShare,
  leadsForGoodFrom,
  meanOverWeeks,
  quantile,
  rescueWinShare,
} from '../src/sim/runComparison';
import { type RunSummary, summariseRuns } from '../src/sim/runSummary';
import type { SeasonState } from '../src/sim/state';
import { type PolicyName, policyNames } from '../src/sim/vocabulary';

const from = Number(process.argv[2] ?? 1);
const to = Number(process.argv[3] ?? 200);
const extra = JSON.parse(process.env.CAL_TUNING ?? '{}');
const extraInherited = JSON.parse(process.env.CAL_TUNING_INHERITED ?? '{}');
const only = process.env.CAL_ONLY ?? 'both';

function scenarioOf(id: string, more: Record<string, Record<string, unknown>>): Scenario {
  const entry = loadDiskScenarios().find((e) => e.ok && e.scenario.id === id);
  if (!entry?.ok) throw new Error(`no scenario ${id}`);
  const setup = entry.scenario.setup;
  const tuning: Record<string, Record<string, unknown>> = {
    ...(setup.tuning as Record<string, Record<string, unknown>>),
  };
  for (const [group, fields] of Object.entries(more))
    tuning[group] = { ...tuning[group], ...fields };
  const market = { ...setup.market, ...JSON.parse(process.env.CAL_MARKET ?? '{}') };
  return { ...entry.scenario, setup: { ...setup, tuning, market } };
}

const pct = (v: number) => `${(100 * v).toFixed(1)}%`;
const k = (v: number) => `${Math.round(v / 1000)}K`;
function mark(ok: boolean) {
  return ok ? 'ok  ' : 'FAIL';
}

function runAll(
  id: string,
  more: Record<string, Record<string, unknown>>,
  list: readonly PolicyName[],
) {
  const scenario = scenarioOf(id, more);
  const out = {} as Record<PolicyName, RunSummary>;
  for (const policy of list) {
    const states: SeasonState[] = [];
    for (let seed = from; seed <= to; seed += 1)
      states.push(
        playWithPolicy(scenario.setup, seed, policies[policy], storyCoaching(scenario)).state,
      );
    out[policy] = summariseRuns(id, policy, states);
  }
  return out;
}

const lines: string[] = [];
const check = (ok: boolean, text: string) => lines.push(`${mark(ok)} ${text}`);

if (only !== 'inherited') {
  const s = runAll('standard', extra, policyNames);
  const ce = s['coach-early'];
  const rl = s['rescue-late'];
  const ho = s['hands-off'];
  const w = (r: RunSummary, week: number) => r.weeks[week - 1]!;
  const rlWins = rescueWinShare(rl);
  check(
    rlWins >= 0.15 && rlWins <= 0.33,
    `rescue-late wins ${pct(rlWins)} of ${rl.rescues.attempts} (15–33)`,
  );
  const bare = rescueWinShare(s['rescue-bare'], ['none']);
  check(bare <= 0.12, `rescue-bare wins ${pct(bare)} (≤12)`);
  const given = rescueWinShare(rl, ['discount', 'free-services']);
  check(given >= 0.18, `rescue-late with a concession wins ${pct(given)} (≥18)`);
  const cap = ce.final.capability / rl.final.capability;
  check(cap >= 1.25, `capability ce/rl ${cap.toFixed(2)} ≥1.25`);
  for (const f of ['morale', 'ownership', 'energy'] as const)
    check(
      ce.final[f] > rl.final[f],
      `${f} ce ${ce.final[f].toFixed(2)} > rl ${rl.final[f].toFixed(2)}`,
    );
  check(
    ce.final.overloadWeeks < rl.final.overloadWeeks,
    `overload ce ${ce.final.overloadWeeks.toFixed(1)} < rl ${rl.final.overloadWeeks.toFixed(1)}`,
  );
  check(
    ce.final.marginGiven < rl.final.marginGiven,
    `margin given ce ${k(ce.final.marginGiven)} < rl ${k(rl.final.marginGiven)}`,
  );
  const beats = leadShare(ce, rl, 26);
  check(
    beats >= 0.85,
    `ce beats rl bookings wk26 in ${pct(beats)} (≥85); wk14 ${pct(leadShare(ce, rl, 14))}`,
  );
  check(rl.final.burnedOut >= 0.45, `rl burned out ${pct(rl.final.burnedOut)} (≥45)`);
  check(ce.final.burnedOut <= 0.05, `ce burned out ${pct(ce.final.burnedOut)} (≤5)`);
  const req = (r: RunSummary, a: number, b: number) => meanOverWeeks(r, 'helpRequests', a, b);
  const rise = req(rl, 23, 26) / req(rl, 2, 5);
  check(
    rise >= 1.3,
    `rl requests ${req(rl, 2, 5).toFixed(1)} → ${req(rl, 23, 26).toFixed(1)} (×${rise.toFixed(2)} ≥1.3)`,
  );
  check(
    req(ce, 23, 26) < req(ce, 2, 5),
    `ce requests ${req(ce, 2, 5).toFixed(1)} → ${req(ce, 23, 26).toFixed(1)} (fall)`,
  );
  const r4 = w(rl, 4).bookings / w(ce, 4).bookings;
  check(
    r4 >= 1.05,
    `rl/ce wk4 ${r4.toFixed(2)} (${k(w(rl, 4).bookings)}/${k(w(ce, 4).bookings)}) ≥1.05`,
  );
  const from = leadsForGoodFrom(ce, rl) ?? 99;
  check(from >= 10 && from <= 14, `ce overtakes for good at week ${from} (10–14)`);
  const dips = [2, 3, 4, 5, 6].map((x) => w(ce, x).bookings / w(ho, x).bookings);
  const dip = Math.min(...dips);
  check(dip <= 0.97, `ce/ho dip ${dip.toFixed(3)} at week ${dips.indexOf(dip) + 2} (≤0.97)`);
  const end = ce.final.bookings / ho.final.bookings;
  check(
    end >= 1.1 && end <= 1.35,
    `ce/ho wk26 ${end.toFixed(3)} (${k(ce.final.bookings)}/${k(ho.final.bookings)}) 1.10–1.35`,
  );
  check(
    s['hand-back'].final.bookings < ce.final.bookings,
    `hand-back ${k(s['hand-back'].final.bookings)} < ce`,
  );
  check(
    s['hand-back'].final.morale < ho.final.morale,
    `hand-back morale ${s['hand-back'].final.morale.toFixed(3)} < ho ${ho.final.morale.toFixed(3)}`,
  );
  check(
    s['coach-all'].final.bookings < ce.final.bookings,
    `coach-all ${k(s['coach-all'].final.bookings)} < ce`,
  );
  const my = s.myopic;
  const [a1011, a1213, a1415] = [10, 12, 14].map((x) => bookedBetween(my, x, x + 1)) as [
    number,
    number,
    number,
  ];
  check(
    a1213 >= 1.3 * a1011,
    `myopic 10–11 ${k(a1011)}, 12–13 ${k(a1213)} (×${(a1213 / a1011).toFixed(2)} ≥1.3)`,
  );
  check(a1415 < a1213, `myopic 14–15 ${k(a1415)} < 12–13`);
  const inbox = ce.perSeed.flatMap((p) => p.inboxByWeek);
  check(
    quantile(inbox, 0.5) <= 6 && quantile(inbox, 0.9) <= 10,
    `ce inbox median ${quantile(inbox, 0.5)}, p90 ${quantile(inbox, 0.9)}, p99 ${quantile(inbox, 0.99)}, max ${Math.max(...inbox)}`,
  );
  const q2WinRate = (r: RunSummary) => {
    const won = w(r, 26).dealsWon - w(r, 13).dealsWon;
    return won / (won + w(r, 26).dealsLost - w(r, 13).dealsLost);
  };
  lines.push(
    `     quarter-2 win rate: ce ${pct(q2WinRate(ce))}, ho ${pct(q2WinRate(ho))} (×${(q2WinRate(ce) / q2WinRate(ho)).toFixed(2)}; published: up to +19 %)`,
  );
  const open = ce.weeks.map((row) => row.openDealsPerRep);
  lines.push(
    `     open deals/rep under ce: mean ${(open.reduce((a, v) => a + v, 0) / open.length).toFixed(2)}, highest week ${Math.max(...open).toFixed(2)}`,
  );
  for (const p of policyNames) {
    const f = s[p].final;
    lines.push(
      `     ${p.padEnd(12)} wk4 ${k(w(s[p], 4).bookings)} wk14 ${k(w(s[p], 14).bookings)} wk26 ${k(f.bookings)} cap ${f.capability.toFixed(2)} own ${f.ownership.toFixed(2)} mor ${f.morale.toFixed(2)} en ${f.energy.toFixed(2)} burn ${pct(f.burnedOut)} req ${req(s[p], 2, 5).toFixed(1)}→${req(s[p], 23, 26).toFixed(1)} margin ${k(f.marginGiven)} quit ${f.repsQuit.toFixed(2)} inbox ${(s[p].weeks.reduce((a, x) => a + x.inbox, 0) / 26).toFixed(1)} resc ${s[p].rescues.attempts}`,
    );
  }
  lines.push(`     ce bookings by week: ${ce.weeks.map((x) => k(x.bookings)).join(' ')}`);
  lines.push(`     rl bookings by week: ${rl.weeks.map((x) => k(x.bookings)).join(' ')}`);
  lines.push(`     ho bookings by week: ${ho.weeks.map((x) => k(x.bookings)).join(' ')}`);
  lines.push(`     my bookings by week: ${my.weeks.map((x) => k(x.bookings)).join(' ')}`);
}
if (only !== 'standard') {
  const s = runAll('inherited-team', extraInherited, ['coach-early', 'rescue-late', 'hands-off']);
  const ce = s['coach-early'];
  const free1 = ce.perSeed.map((p) => p.freeHoursByWeek[0]!);
  const under2 = free1.filter((h) => h < 2).length / free1.length;
  check(
    quantile(free1, 0.5) >= 6 && under2 <= 0.1,
    `inherited wk1 free hours median ${quantile(free1, 0.5).toFixed(1)}, under 2 h ${pct(under2)}`,
  );
  const beats = leadShare(ce, s['rescue-late'], 26);
  check(beats >= 0.75, `inherited ce beats rl wk26 ${pct(beats)} (≥75)`);
  for (const p of ['coach-early', 'rescue-late', 'hands-off'] as const) {
    const f = s[p].final;
    lines.push(
      `     inh ${p.padEnd(12)} wk4 ${k(s[p].weeks[3]!.bookings)} wk26 ${k(f.bookings)} cap ${f.capability.toFixed(2)} own ${f.ownership.toFixed(2)} mor ${f.morale.toFixed(2)} burn ${pct(f.burnedOut)} req wk1 ${s[p].weeks[0]!.helpRequests.toFixed(1)} wk26 ${s[p].weeks[25]!.helpRequests.toFixed(1)}`,
    );
  }
}
console.log(lines.join('\n'));
