/**
 * The debrief script: a page the facilitator walks with the room after a
 * season, in the four phases of the PEARLS debriefing framework (reactions,
 * what happened, analysis, summary), each filled with this run's figures,
 * the room's votes, the loops that drove it and the scenario's questions;
 * a plus/delta board the facilitator types into (kept in the browser); and a
 * closing "one thing I will do differently" card that prints with the page.
 */
import type { DomPageSection } from '../ui/DomPage';
import { percent } from '../ui/format';
import { describeSeason } from './describeSeason';
import type { GameSession } from './GameSession';
import { loopSentence, loopTitles } from './loopWords';
import { roomVoteWords } from './roomVoteWords';
import type { SaveStorage } from './saves';

export const debriefBoardKey = 'coach-or-rescue.debrief-board';

/** What the facilitator typed, by field, for the session it was typed for. */
type Board = Record<string, string>;

function readBoard(storage: SaveStorage | undefined, sessionKey: string): Board {
  try {
    const stored = JSON.parse(storage?.getItem(debriefBoardKey) ?? '{}') as {
      session?: string;
      board?: Board;
    };
    return stored.session === sessionKey && stored.board ? stored.board : {};
  } catch {
    return {};
  }
}

export function debriefScriptSections(
  session: GameSession,
  storage: SaveStorage | undefined,
): DomPageSection[] {
  const { currency } = session.facts;
  const sessionKey = `${session.scenario.id}-${session.seed}`;
  const board = readBoard(storage, sessionKey);
  const field = (id: string, label: string) => ({
    id,
    label,
    value: board[id] ?? '',
    onInput: (value: string) => {
      board[id] = value;
      try {
        storage?.setItem(debriefBoardKey, JSON.stringify({ session: sessionKey, board }));
      } catch {
        // The board still works for this page; it is just not kept.
      }
    },
  });
  const loops = [...session.loops()].sort((a, b) => b.strength - a.strength).slice(0, 3);
  const season = describeSeason(session.summary(), currency).map(
    (line) => `${line.label}: ${line.text}`,
  );
  return [
    {
      heading: '1. Reactions (5 minutes)',
      lines: [
        'How does your team feel now? And how do you feel, as their manager?',
        'Which moment of the season do you remember first?',
      ],
    },
    {
      heading: '2. What happened (10 minutes)',
      lines: [...season, roomVoteWords(session.roomVotes())],
    },
    {
      heading: '3. Analysis (10 minutes)',
      lines: [
        ...loops.map(
          (loop) =>
            `${loopTitles[loop.loop]} (drove this season ${percent(loop.strength)}): ${loopSentence(loop, currency)}`,
        ),
        ...session.scenario.debriefQuestions,
      ],
    },
    {
      heading: '4. Summary (5 minutes)',
      lines: ['What did this season teach you?', ...session.scenario.learningGoals],
    },
    {
      heading: 'Plus / delta',
      fields: [
        field('plus', 'Plus: what worked, and why'),
        field('delta', 'Delta: what we would change'),
      ],
    },
    {
      heading: 'One thing I will do differently',
      fields: [field('one-thing', 'On Monday, I will…')],
    },
  ];
}
