/** The runner's readable output: a table of weeks and a small ASCII chart. */
import type { RunSummary, WeekMeans } from '../../src/sim/runSummary';
import { plural } from '../../src/ui/format';

const money = (value: number) => `${Math.round(value / 1000)}k`;
const share = (value: number) => value.toFixed(2);

const columns: [string, (row: WeekMeans) => string][] = [
  ['week', (r) => String(r.week)],
  ['capability', (r) => share(r.capability)],
  ['ownership', (r) => share(r.ownership)],
  ['morale', (r) => share(r.morale)],
  ['energy', (r) => share(r.energy)],
  ['hours', (r) => `${r.hoursDemanded.toFixed(0)}/${r.hoursCapacity.toFixed(0)}`],
  ['help', (r) => r.helpRequests.toFixed(1)],
  ['bookings', (r) => money(r.bookings)],
  ['discount', (r) => money(r.discountGiven)],
];

export function formatTable(summary: RunSummary): string {
  const rows = summary.weeks.map((row) => columns.map(([, cell]) => cell(row)));
  const header = columns.map(([name]) => name);
  const widths = header.map((name, i) =>
    Math.max(name.length, ...rows.map((row) => row[i]!.length)),
  );
  const line = (cells: string[]) => cells.map((cell, i) => cell.padStart(widths[i]!)).join('  ');
  return [line(header), ...rows.map(line)].join('\n');
}

/** A column chart of one figure over the weeks, drawn in plain ASCII. */
export function asciiChart(title: string, values: readonly number[], height = 6): string {
  const top = Math.max(...values, 1e-9);
  const label = (v: number) => (top > 10 ? Math.round(v).toString() : v.toFixed(2)).padStart(6);
  const rows: string[] = [title];
  for (let level = height; level >= 1; level -= 1) {
    const cells = values.map((v) => ((v / top) * height >= level - 0.5 ? '#' : ' ')).join('');
    rows.push(`${level === height ? label(top) : ' '.repeat(6)} |${cells}`);
  }
  rows.push(`${label(0)} +${'-'.repeat(values.length)}`);
  return rows.join('\n');
}

export function formatChart(summary: RunSummary): string {
  return [
    asciiChart(
      'capability by week',
      summary.weeks.map((w) => w.capability),
    ),
    asciiChart(
      'hours demanded by week',
      summary.weeks.map((w) => w.hoursDemanded),
    ),
  ].join('\n\n');
}

export function formatReport(summary: RunSummary): string {
  const f = summary.final;
  const r = summary.rescues;
  const winShare = r.attempts > 0 ? `${Math.round((100 * r.won) / r.attempts)} %` : 'n/a';
  return [
    `${summary.scenario} · ${summary.policy} · ${plural(summary.runs, 'run')}`,
    '',
    formatTable(summary),
    '',
    formatChart(summary),
    '',
    `final: capability ${share(f.capability)}, ownership ${share(f.ownership)}, morale ${share(f.morale)}, energy ${share(f.energy)}`,
    `       bookings ${money(f.bookings)}, discount ${money(f.discountGiven)}, overload weeks ${f.overloadWeeks.toFixed(1)}, reps quit ${f.repsQuit.toFixed(2)}, burned out ${Math.round(100 * f.burnedOut)} % of runs`,
    `rescues: ${r.attempts} attempts, ${r.won} won (${winShare}), ${r.wonWithConcession} of the wins with a concession, mean discount on wins ${Math.round(100 * r.meanDiscountOnWins)} %`,
  ].join('\n');
}
