/**
 * The past-tense events a stretch of the model's log announces (a deal won,
 * a rep who quit, the manager burning out), for the sound cues and the
 * screen reader. Read from the log, never decided here.
 */
import type { LogEntry, LogKind } from '../sim/state';
import type { SeasonEmitted } from './seasonEvents';

const aboutDeals = {
  dealArrived: 'deal.arrived',
  dealWon: 'deal.won',
  dealLost: 'deal.lost',
  helpRequested: 'help.requested',
} as const satisfies Partial<Record<LogKind, SeasonEmitted['type']>>;

const aboutReps = {
  repQuit: 'rep.quit',
  repHired: 'rep.hired',
} as const satisfies Partial<Record<LogKind, SeasonEmitted['type']>>;

const aboutTheManager = {
  burnedOut: 'manager.burnedOut',
  recovered: 'manager.recovered',
} as const satisfies Partial<Record<LogKind, SeasonEmitted['type']>>;

const isIn = <T extends object>(table: T, kind: LogKind): kind is LogKind & keyof T =>
  kind in table;

export function emittedFromLog(entries: readonly LogEntry[]): SeasonEmitted[] {
  const emitted: SeasonEmitted[] = [];
  for (const { kind, week, subject } of entries) {
    if (isIn(aboutDeals, kind)) emitted.push({ type: aboutDeals[kind], dealId: subject, week });
    else if (isIn(aboutReps, kind)) emitted.push({ type: aboutReps[kind], repId: subject, week });
    else if (isIn(aboutTheManager, kind)) emitted.push({ type: aboutTheManager[kind], week });
  }
  return emitted;
}
