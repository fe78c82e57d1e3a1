/** The decision log in words: a row per choice, for the debrief's page and its table. */
import { type DecisionLogEntry, loggedKindNames } from '../sim/decisionLog';
import type { DescriptionTable } from '../ui/DomLayer';
import { firstName, hours, money } from '../ui/format';
import { effectWordsFor } from './effectWords';

function hoursWords(taken: number): string {
  if (Math.abs(taken) < 0.05) return '0 h';
  return taken > 0 ? hours(taken) : `frees ${hours(-taken)}`;
}

function endingWords(entry: DecisionLogEntry, currency: string): string {
  const { status, week, discount } = entry.ending;
  if (status === 'open') return 'Still open';
  const when = week === undefined ? '' : ` in week ${week}`;
  if (status === 'lost') return `Lost${when}`;
  return discount > 0 ? `Won${when}, ${money(discount, currency)} off` : `Won${when}`;
}

export function logRow(entry: DecisionLogEntry, currency: string): string[] {
  return [
    `W${entry.week}`,
    entry.customer,
    firstName(entry.repName),
    loggedKindNames[entry.kind],
    hoursWords(entry.hours),
    effectWordsFor(entry.effects, entry.repId),
    endingWords(entry, currency),
  ];
}

export const logHead = ['Week', 'Deal', 'Rep', 'Decision', 'Hours', 'What it did', 'How it ended'];

export function logTable(entries: readonly DecisionLogEntry[], currency: string): DescriptionTable {
  return {
    caption:
      'Your decisions: week, deal, rep, what you did, the hours, what it did at once, and how the deal ended',
    head: logHead,
    rows: entries.map((entry) => logRow(entry, currency)),
    data: { debriefSection: 'log' },
  };
}
