/**
 * The past-tense events a stretch of the model's log announces (a deal won,
 * a rep who quit, the manager burning out), for the sound cues and the
 * screen reader. Read from the log, never decided here.
 */
import type { LogEntry } from '../sim/state';
import type { SeasonEmitted } from './seasonEvents';

export function emittedFromLog(entries: readonly LogEntry[]): SeasonEmitted[] {
  const emitted: SeasonEmitted[] = [];
  for (const entry of entries) {
    const { week, subject } = entry;
    switch (entry.kind) {
      case 'dealArrived':
        emitted.push({ type: 'deal.arrived', dealId: subject, week });
        break;
      case 'dealWon':
        emitted.push({ type: 'deal.won', dealId: subject, week });
        break;
      case 'dealLost':
        emitted.push({ type: 'deal.lost', dealId: subject, week });
        break;
      case 'helpRequested':
        emitted.push({ type: 'help.requested', dealId: subject, week });
        break;
      case 'repQuit':
        emitted.push({ type: 'rep.quit', repId: subject, week });
        break;
      case 'repHired':
        emitted.push({ type: 'rep.hired', repId: subject, week });
        break;
      case 'burnedOut':
        emitted.push({ type: 'manager.burnedOut', week });
        break;
      case 'recovered':
        emitted.push({ type: 'manager.recovered', week });
        break;
      default:
        break;
    }
  }
  return emitted;
}
