/**
 * Several tables' sessions side by side, for a workshop where each table
 * played the same season on its own laptop: each file is read and replayed
 * like any session file, named after its file (the table's name), and
 * compared on the figures the debrief talks about, in a row per table, and
 * week by week as the debrief draws them: a chart a figure with a line a
 * table (the team's capability, ownership and morale, the manager's energy,
 * the bookings), each with its table.
 * A file that does not replay is listed with its reason; the rest still
 * compare.
 */
import type { CatalogueEntry } from '../content/scenarioCatalogue';
import { readSession } from '../content/sessionFile';
import { roomVoteSummary } from '../sim/roomVotes';
import { seasonSeries } from '../sim/seasonSeries';
import { seasonSummary } from '../sim/seasonSummary';
import { votesOf } from '../sim/session';
import type { DomPageSection } from '../ui/DomPage';
import { money, percent, points } from '../ui/format';
import { roundedMax } from './debriefCharts';
import { roomVoteWords } from './roomVoteWords';

export interface TableFile {
  name: string;
  text: string;
}

/** A table's name: its file's name without the game's prefix and the extension. */
export function tableName(fileName: string): string {
  return fileName.replace(/\.json$/i, '').replace(/^coach-or-rescue-/, '') || fileName;
}

export function compareTables(
  files: readonly TableFile[],
  catalogue: readonly CatalogueEntry[],
): DomPageSection[] {
  const read = files.map((file) => ({
    name: tableName(file.name),
    read: readSession(file.text, catalogue),
  }));
  const tables = read.flatMap(({ name, read }) => (read.ok ? [{ name, read }] : []));
  const refused = read.flatMap(({ name, read }) => (read.ok ? [] : [`${name}: ${read.reason}.`]));
  const sections: DomPageSection[] = [];
  if (tables.length > 0) {
    // A row per figure and a column per table: the tables sit side by side.
    const columns = tables.map(({ read }) => {
      const summary = seasonSummary(read.state);
      const last = summary.last;
      const stock = (value: number | undefined) => (value === undefined ? '' : points(value));
      return [
        `${read.entry.scenario.title}, seed ${read.session.seed}`,
        String(summary.weeksPlayed),
        money(summary.bookings, read.state.currency),
        percent(summary.margin),
        stock(last?.capability),
        stock(last?.ownership),
        stock(last?.morale),
        stock(last?.energy),
        String(summary.choices.coached),
        `${summary.choices.rescued} (${summary.rescues.won} of ${summary.rescues.decided} won)`,
        roomVoteWords(roomVoteSummary(votesOf(read.session))),
      ];
    });
    const figures = [
      'Season',
      'Weeks played',
      'Bookings',
      'Margin kept',
      'Capability',
      'Ownership',
      'Morale',
      'Energy',
      'Coached',
      'Rescued',
      'The room',
    ];
    sections.push({
      heading: 'The tables at the end of what they played',
      table: {
        caption: 'A column per table: its season, its bookings and margin, its team, its choices',
        head: ['', ...tables.map((t) => t.name)],
        rows: figures.map((figure, i) => [figure, ...columns.map((column) => column[i]!)]),
      },
    });
    const series = tables.map(({ read }) => seasonSeries(read.state));
    const weeks = Math.max(...series.map((s) => s.length));
    const labels = Array.from({ length: weeks }, (_, i) => `W${i + 1}`);
    // A chart a figure, a line a table, named after it; the week-by-week table under it.
    const weekly = (
      heading: string,
      value: (week: (typeof series)[number][number]) => number,
      format: (value: number) => string,
      max: number,
    ) => ({
      heading,
      chart: {
        title: `${heading}: a line per table`,
        max,
        format,
        labels,
        lines: tables.map((table, index) => ({
          name: table.name,
          values: series[index]!.map(value),
        })),
      },
      table: {
        caption: `${heading}, a column per table`,
        head: ['Week', ...tables.map((t) => t.name)],
        rows: Array.from({ length: weeks }, (_, i) => [
          `W${i + 1}`,
          ...series.map((s) => (s[i] ? format(value(s[i])) : '')),
        ]),
      },
    });
    const currency = tables[0]!.read.state.currency;
    const bookings = series.flatMap((s) => s.map((week) => week.bookings));
    const topBookings = roundedMax(bookings, 1);
    sections.push(
      weekly('Team capability week by week', (week) => week.capability, points, 1),
      weekly('Team ownership week by week', (week) => week.ownership, points, 1),
      weekly('Team morale week by week', (week) => week.morale, points, 1),
      weekly('Your energy week by week', (week) => week.energy, points, 1),
      weekly(
        'Bookings so far, week by week',
        (week) => week.bookings,
        (value) => money(value, currency),
        topBookings,
      ),
    );
  }
  if (refused.length > 0)
    sections.push({ heading: 'Files that could not be read', lines: refused });
  return sections;
}
