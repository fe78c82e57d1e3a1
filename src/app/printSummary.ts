/**
 * The printable summary of a session: what was played, the season in a few
 * lines, the team and the manager week by week, every decision, and the
 * scenario's questions for the debrief. Words and tables only; the page
 * itself is src/ui/DomPage.
 */
import type { DomPageSection } from '../ui/DomPage';
import { hours, money, points } from '../ui/format';
import { branchTable } from './branchComparison';
import { logTable } from './decisionLogWords';
import { describeSeason } from './describeSeason';
import type { GameSession } from './GameSession';
import { roomVoteWords } from './roomVoteWords';

export function summarySections(session: GameSession): DomPageSection[] {
  const { currency } = session.facts;
  const season = describeSeason(session.summary(), currency).map(
    (line) => `${line.label}: ${line.text}`,
  );
  const weeks = session.series();
  const votes = session.roomVotes();
  const branches = branchTable(session.scenario.setup, session.session, currency);
  return [
    { heading: 'The season', lines: season },
    ...(votes.votes > 0 ? [{ heading: 'How the room voted', lines: [roomVoteWords(votes)] }] : []),
    {
      heading: 'Week by week',
      table: {
        caption: 'The team’s means, the manager’s hours and energy, and the bookings, each week',
        head: [
          'Week',
          'Capability',
          'Ownership',
          'Morale',
          'Energy',
          'Hours asked',
          'Help requests',
          'Bookings',
        ],
        rows: weeks.map((week) => [
          `W${week.week}`,
          points(week.capability),
          points(week.ownership),
          points(week.morale),
          points(week.energy),
          hours(week.hoursDemanded),
          String(week.helpRequests),
          money(week.bookings, currency),
        ]),
      },
    },
    ...(branches ? [{ heading: 'The roads played', table: branches }] : []),
    { heading: 'Every decision', table: logTable(session.decisionLog(), currency) },
    { heading: 'Questions for the debrief', lines: session.scenario.debriefQuestions },
  ];
}

export function summarySubtitle(session: GameSession): string {
  const where = session.ended ? 'season finished' : `week ${session.week}`;
  return `${session.scenario.title}, seed ${session.seed}, ${where}, ${session.facts.weeks} weeks`;
}
