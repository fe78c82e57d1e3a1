/**
 * Autosave and resume. A save is the season actor's persisted snapshot plus
 * what it needs to come back exactly: the scenario id and version, and the
 * seed. A save that cannot be read (corrupt, or from another format) is never
 * thrown away: its bytes are kept under another key and offered as a download.
 */
export const saveKey = 'coach-or-rescue.save';
export const keptSaveKey = 'coach-or-rescue.save.unreadable';

/** Bump when the shape of a save changes; older saves then read as broken, kept, not lost. */
export const saveFormat = 1;

export interface SaveData {
  format: number;
  scenarioId: string;
  /** A fingerprint of the scenario file the season was started from. */
  scenarioVersion: string;
  seed: number;
  savedWeek: number;
  /** The season actor's persisted snapshot. */
  snapshot: unknown;
}

export type SaveLoad =
  | { kind: 'none' }
  | { kind: 'ok'; save: SaveData }
  | { kind: 'broken'; reason: string; keptAs: string; bytes: string };

/** The part of Web Storage a save needs (localStorage in the game, a fake in tests). */
export type SaveStorage = Pick<Storage, 'getItem' | 'setItem' | 'removeItem'>;

export function saveGame(storage: SaveStorage, save: SaveData): void {
  storage.setItem(saveKey, JSON.stringify(save));
}

export function discardSave(storage: SaveStorage): void {
  storage.removeItem(saveKey);
}

function isRecord(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

/** Why these bytes are not a save this version can resume, or undefined when they are. */
export function saveProblem(parsed: unknown): string | undefined {
  if (!isRecord(parsed)) return 'the saved game is not in a form this game can read';
  if (parsed.format !== saveFormat) {
    return `the saved game comes from another version of the game (save format ${String(parsed.format)}, this game reads ${saveFormat})`;
  }
  if (typeof parsed.scenarioId !== 'string' || typeof parsed.scenarioVersion !== 'string') {
    return 'the saved game does not say which scenario it belongs to';
  }
  if (typeof parsed.seed !== 'number' || typeof parsed.savedWeek !== 'number')
    return 'the saved game is missing its seed or week';
  if (!isRecord(parsed.snapshot)) return 'the saved game has no season in it';
  return undefined;
}

export function loadSave(storage: SaveStorage): SaveLoad {
  const bytes = storage.getItem(saveKey);
  if (bytes === null) return { kind: 'none' };
  let parsed: unknown;
  let reason: string | undefined;
  try {
    parsed = JSON.parse(bytes);
    reason = saveProblem(parsed);
  } catch {
    reason = 'the saved game is damaged (it is not valid JSON)';
  }
  if (reason === undefined) return { kind: 'ok', save: parsed as SaveData };
  // Keep the old bytes, beside any kept before, before anything can overwrite them.
  let keptAs = keptSaveKey;
  for (let n = 2; storage.getItem(keptAs) !== null && storage.getItem(keptAs) !== bytes; n += 1) {
    keptAs = `${keptSaveKey}.${n}`;
  }
  storage.setItem(keptAs, bytes);
  storage.removeItem(saveKey);
  return { kind: 'broken', reason, keptAs, bytes };
}

/** A link target that downloads the given bytes as a file. */
export function saveDownloadHref(bytes: string): string {
  return `data:application/json;charset=utf-8,${encodeURIComponent(bytes)}`;
}
