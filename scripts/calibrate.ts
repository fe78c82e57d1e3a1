// temporary: pure-sim calibration loop
import { applyDecision } from '../src/sim/decisions';
import { policies } from '../src/sim/policies';
import { createSeason } from '../src/sim/season';
import type { SeasonState } from '../src/sim/state';
import { advanceWeek } from '../src/sim/week';
import { makeSetup } from '../tests/support/setups';

function play(policy: string, seed: number): SeasonState {
  let s = createSeason(makeSetup(), seed);
  const p = policies[policy as keyof typeof policies];
  while (!s.ended) {
    for (let i = 0; i < 100; i++) {
      const d = p(s);
      if (!d) break;
      const r = applyDecision(s, d);
      if (!r.ok) throw new Error(r.message);
      s = r.state;
    }
    const r = advanceWeek(s);
    if (!r.ok) throw new Error(r.message);
    s = r.state;
  }
  return s;
}
const N = Number(process.argv[2] ?? 100);
const t0 = performance.now();
for (const pol of Object.keys(policies)) {
  const runs = Array.from({ length: N }, (_, i) => play(pol, i + 1));
  const at = (w: number, k: string) =>
    runs.reduce((a, r) => a + (r.history[w - 1] as unknown as Record<string, number>)[k]!, 0) / N;
  let attempts = 0,
    won = 0,
    conc = 0;
  for (const r of runs)
    for (const d of r.deals)
      if (d.rescue && d.status !== 'qualify') {
        if (d.status === 'won' || d.status === 'lost') {
          attempts++;
          if (d.status === 'won') {
            won++;
            if (d.rescue.concession !== 'none') conc++;
          }
        }
      }
  const fmt = (k: string, f = 2) =>
    [1, 2, 4, 8, 10, 14, 20, 26].map((w) => at(w, k).toFixed(f)).join(' ');
  console.log(
    `\n${pol}: rescue ${attempts} won ${((won / Math.max(1, attempts)) * 100).toFixed(0)}% conc ${((conc / Math.max(1, won)) * 100).toFixed(0)}% burned ${(runs.filter((r) => r.manager.burnedOut).length / N).toFixed(2)} overload ${(runs.reduce((a, r) => a + r.ledger.overloadWeeks, 0) / N).toFixed(1)} quit ${(runs.reduce((a, r) => a + r.ledger.repsQuit, 0) / N).toFixed(2)}`,
  );
  for (const k of [
    'bookings',
    'capability',
    'ownership',
    'morale',
    'energy',
    'hoursDemanded',
    'helpRequests',
    'discountGiven',
    'coachingHours',
  ])
    console.log(k.padEnd(14), fmt(k, k === 'bookings' || k === 'discountGiven' ? 0 : 2));
}
console.log('ms', (performance.now() - t0).toFixed(0));
