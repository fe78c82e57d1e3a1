/**
 * The branches of a session side by side: after a rewind the room played a
 * week again with the other choice, and both roads are kept in the log. Each
 * branch is replayed to its end and read on the figures the debrief talks
 * about, in a column per branch.
 */

import { type SeriesWeek, seasonSeries } from '../sim/seasonSeries';
import { seasonSummary } from '../sim/seasonSummary';
import { decisionsOf, replay, type Session } from '../sim/session';
import type { SeasonSetup } from '../sim/setup';
import type { DescriptionTable } from '../ui/DomLayer';
import { money, points } from '../ui/format';

/** A branch's name as the room knows it. */
export function branchName(session: Session, branchId: string): string {
  const branch = session.branches.find((b) => b.id === branchId);
  const name =
    !branch || branch.parent === null ? 'First play' : `Again from week ${branch.fromWeek}`;
  return branchId === session.current ? `${name} (now)` : name;
}

/** The branches compared, or undefined when the session has only one. */
export function branchTable(
  setup: SeasonSetup,
  session: Session,
  currency: string,
): DescriptionTable | undefined {
  if (session.branches.length < 2) return undefined;
  const columns = session.branches.map((branch) => {
    const replayed = replay(setup, session.seed, decisionsOf(session, branch.id));
    if (!replayed.ok) return ['does not replay', '', '', '', '', '', ''];
    const summary = seasonSummary(replayed.state);
    const last = summary.last;
    const stock = (value: number | undefined) => (value === undefined ? '' : points(value));
    return [
      String(summary.weeksPlayed),
      money(summary.bookings, currency),
      stock(last?.capability),
      stock(last?.ownership),
      stock(last?.morale),
      String(summary.choices.coached),
      String(summary.choices.rescued),
    ];
  });
  const figures = [
    'Weeks played',
    'Bookings',
    'Capability',
    'Ownership',
    'Morale',
    'Coached',
    'Rescued',
  ];
  return {
    caption: 'Each road the room played, replayed to where it stopped: a column per branch',
    head: ['', ...session.branches.map((branch) => branchName(session, branch.id))],
    rows: figures.map((figure, i) => [figure, ...columns.map((column) => column[i]!)]),
    data: { branches: String(session.branches.length) },
  };
}

/** Another road the room played, as the debrief's charts draw it beside this one. */
export interface PlayedRoad {
  name: string;
  series: SeriesWeek[];
}

/** The most other branches a chart draws (the tables list every branch). */
export const playedRoadsDrawn = 2;

/**
 * The session's other branches, newest first, each replayed to where it
 * stopped (or to `weeks`, as far as the current one has gone): the lines the
 * debrief's charts draw beside the current one.
 */
export function playedRoads(setup: SeasonSetup, session: Session, weeks: number): PlayedRoad[] {
  return session.branches
    .filter((branch) => branch.id !== session.current)
    .reverse()
    .slice(0, playedRoadsDrawn)
    .flatMap((branch) => {
      const replayed = replay(setup, session.seed, decisionsOf(session, branch.id));
      return replayed.ok
        ? [
            {
              name: branchName(session, branch.id),
              series: seasonSeries(replayed.state).slice(0, weeks),
            },
          ]
        : [];
    });
}
