/**
 * The game's wiring, made once per page: the DOM layer and page state, the
 * settings, the sound, the scenario list, the saved game, and the session
 * being played. Scenes reach it through the Phaser registry (BaseScene's
 * `app`) and ask it for what they draw.
 */
import shippedCatalogue from 'virtual:scenario-catalogue';
import type Phaser from 'phaser';
import type { AudioDirector } from '../audio/AudioDirector';
import { cueForEvent } from '../audio/cueForEvent';
import type { Scenario } from '../content/scenario';
import type { CatalogueEntry } from '../content/scenarioCatalogue';
import { readSession, type SessionRead } from '../content/sessionFile';
import type { SeasonEmitted } from '../machines/seasonEvents';
import { newSession, type Session } from '../sim/session';
import type { DomLayer } from '../ui/DomLayer';
import { openDomPage } from '../ui/DomPage';
import { type TextScaleName, textScales } from '../ui/layout';
import { setTextScale } from '../ui/typography';
import { csvText } from './csvText';
import { debriefScriptSections } from './debriefScript';
import { type DisplaySettings, loadDisplaySettings, saveDisplaySettings } from './displaySettings';
import { downloadSave } from './errorScreen';
import { Facilitator, type RoomHost } from './Facilitator';
import { GameSession } from './GameSession';
import type { PageState } from './pageState';
import { summarySections, summarySubtitle } from './printSummary';
import { openRoomChannel, type RoomMessage } from './roomChannel';
import { keepAside, readSave, type SaveStorage } from './saves';
import { compareTables, type TableFile } from './tableComparison';

export type OverlayMode = 'pause' | 'rewind' | 'keys' | 'settings' | 'export';

/** What a session can be exported as: its file (to replay), two tables, a page to print. */
export const exportFormats = ['json', 'weeks-csv', 'decisions-csv', 'summary'] as const;
export type ExportFormat = (typeof exportFormats)[number];

/** What the scenes need of the Phaser game to show an overlay. */
export interface OverlayHost {
  open(mode: OverlayMode): void;
  close(): void;
  readonly mode: OverlayMode | undefined;
  /** Lays the screen out again (the text size changed). */
  relayout(): void;
}

export type ScenarioEntryOk = Extract<CatalogueEntry, { ok: true }>;

/** The save found in this browser: none, one that replays, or bytes that do not (kept aside). */
export type SavedGame =
  | { kind: 'none' }
  | { kind: 'ok'; read: Extract<SessionRead, { ok: true }> }
  | {
      kind: 'broken';
      reason: string;
      bytes: string;
      /** The key the bytes are kept under. */
      keptAs: string;
      /** Why they could not be copied aside, when they could not (they stay in the save slot). */
      keptFailed?: string;
    };

export interface AppOptions {
  dom: DomLayer;
  page: PageState;
  audio: AudioDirector;
  storage: SaveStorage | undefined;
  /** ?fast=1: no tweens (the same as reduced motion). */
  fast: boolean;
  /** ?seed=N: every new game plays this season (a whole room plays the same one). */
  seed?: number | undefined;
  prefersReducedMotion: boolean;
  catalogue?: CatalogueEntry[];
}

export class GameApp {
  readonly dom: DomLayer;
  readonly page: PageState;
  readonly audio: AudioDirector;
  readonly storage: SaveStorage | undefined;
  readonly catalogue: CatalogueEntry[];
  readonly fast: boolean;
  private readonly seed: number | undefined;
  /** The save found when the page opened (or since changed by the player). */
  savedGame: SavedGame;
  /** Whether the player has been told that saving is off. */
  private toldSavingOff = false;
  session: GameSession | undefined;
  overlays: OverlayHost | undefined;
  /** Asks for frames to be drawn (the loop sleeps while nothing changes). */
  wake: () => void = () => undefined;
  private display: DisplaySettings;
  /** A message to show on the next screen (a failed save, a missing scenario). */
  pendingNotice: string | undefined;
  /** Chosen on the title: the next game is run for a room, on a projector. */
  facilitated = false;
  /** The facilitated session's pacing, while one is being played. */
  room: Facilitator | undefined;
  /** How the room freezes the game (set once the game exists). */
  roomHost: RoomHost | undefined;
  /** Opens the presenter view (set by the page). */
  openPresenter: () => void = () => undefined;
  /** The line to the presenter window while a room is being run. */
  private roomChannel: ReturnType<typeof openRoomChannel> | undefined;

  constructor(options: AppOptions) {
    this.dom = options.dom;
    this.page = options.page;
    this.audio = options.audio;
    this.storage = options.storage;
    this.fast = options.fast;
    this.seed = options.seed;
    // Checked when the game was built (scripts/vite/scenarioCatalogue.ts).
    this.catalogue = options.catalogue ?? shippedCatalogue;
    this.display = loadDisplaySettings(options.storage, options.prefersReducedMotion);
    setTextScale(textScales[this.display.textSize]);
    this.page.onScreen = (screen, week) => {
      this.room?.entered(screen, week);
      this.tellPresenter();
    };
    if (options.storage) this.savedGame = this.loadSavedGame(options.storage);
    else {
      this.savedGame = { kind: 'none' };
      this.saveFailed('it gives this page no storage');
    }
  }

  // ─── Settings ───────────────────────────────────────────────────────────

  get settings(): DisplaySettings {
    return this.display;
  }

  /** True when tweens should be skipped: the setting, or ?fast=1. */
  get still(): boolean {
    return this.display.reducedMotion || this.fast;
  }

  setReducedMotion(on: boolean): void {
    this.display = { ...this.display, reducedMotion: on };
    saveDisplaySettings(this.storage, this.display);
  }

  setTextSize(size: TextScaleName): void {
    this.display = { ...this.display, textSize: size };
    saveDisplaySettings(this.storage, this.display);
    this.applyTextScale();
  }

  /** The text size chosen, or large whatever was chosen while a room is watching. */
  private applyTextScale(): void {
    setTextScale(textScales[this.room ? 'large' : this.display.textSize]);
    this.overlays?.relayout();
  }

  /** Chooses solo play or a facilitated session for the next game. */
  setFacilitated(on: boolean): void {
    this.facilitated = on;
    this.page.announce(
      on
        ? 'Facilitated session: the next game is run for a room, with pause, reveal and discussion prompts.'
        : 'Solo play.',
    );
  }

  toggleMute(): boolean {
    const muted = this.audio.toggleMute();
    this.page.announce(muted ? 'Sound muted.' : 'Sound on.');
    return muted;
  }

  /** The cue for the player picking an option. */
  playChoice(): void {
    const cue = cueForEvent('choice.made');
    if (cue) this.audio.play(cue);
  }

  // ─── Scenarios and sessions ────────────────────────────────────────────

  scenario(id: string): ScenarioEntryOk | undefined {
    return this.catalogue.find(
      (entry): entry is ScenarioEntryOk => entry.ok && entry.scenario.id === id,
    );
  }

  private onEmitted = (event: SeasonEmitted): void => {
    const cue = cueForEvent(event.type);
    if (cue) this.audio.play(cue);
  };

  private open(scenario: Scenario, session: Session): GameSession {
    this.session?.dispose();
    this.endRoom();
    if (this.facilitated) this.startRoom(scenario);
    this.session = new GameSession({
      scenario,
      session,
      storage: this.storage,
      onEmitted: this.onEmitted,
      onSaveFailed: (reason) => this.saveFailed(reason),
    });
    return this.session;
  }

  private startRoom(scenario: Scenario): void {
    const game = document.getElementById('app');
    if (!game) return;
    const room = new Facilitator({
      game,
      prompts: scenario.prompts,
      weeks: scenario.weeks,
      host: this.roomHost,
      pressPrimary: () => this.dom.pressPrimary(),
      openPresenter: () => this.openPresenter(),
      announce: (text) => this.page.announce(text),
      recordVote: (vote) => {
        const session = this.session;
        if (!session?.openedDeal) return;
        session.recordVote({ ...vote, week: session.week, dealId: session.openedDeal });
      },
    });
    this.room = room;
    this.roomChannel = openRoomChannel((message) => this.heardFromPresenter(message));
    room.listen(() => this.tellPresenter());
    window.addEventListener('pagehide', this.onPageHide);
    this.applyTextScale();
  }

  private endRoom(): void {
    if (!this.room) return;
    this.roomChannel?.post({ kind: 'closed' });
    this.roomChannel?.close();
    this.roomChannel = undefined;
    window.removeEventListener('pagehide', this.onPageHide);
    this.room.dispose();
    this.room = undefined;
    this.applyTextScale();
  }

  private readonly onPageHide = (): void => this.roomChannel?.post({ kind: 'closed' });

  /** Tells the presenter window where the room is: its screen, week, pacing and log. */
  private tellPresenter(): void {
    const { room, session, roomChannel } = this;
    if (!room || !session || !roomChannel) return;
    roomChannel.post({
      kind: 'state',
      screen: this.page.screen,
      week: this.page.week,
      view: room.view,
      session: session.sessionBytes(),
    });
  }

  /** The presenter asked where the room is, or sent one of the facilitator's commands. */
  private heardFromPresenter(message: RoomMessage): void {
    const room = this.room;
    if (!room) return;
    if (message.kind === 'hello') this.tellPresenter();
    else if (message.kind === 'command') {
      room[message.command]();
      // The command came from another window, not a press this one saw: draw what it changed.
      this.wake();
    }
  }

  /** Says once that this browser does not keep the game; the game plays on. */
  private saveFailed(reason: string): void {
    if (this.toldSavingOff) return;
    this.toldSavingOff = true;
    this.pendingNotice = `Saving is off: this browser would not keep the game (${reason}). You can keep playing, and download the session from the pause menu.`;
  }

  /** Starts a new season of this scenario; its autosave replaces any save. */
  startNew(entry: ScenarioEntryOk): GameSession {
    const seed = this.seed ?? (Math.random() * 2 ** 31) >>> 0;
    const session = this.open(
      entry.scenario,
      newSession(entry.scenario.id, entry.fingerprint, seed),
    );
    session.save();
    this.savedGame = { kind: 'none' };
    return session;
  }

  /** Resumes the saved game, or says why it cannot. */
  continueSaved(): { ok: true; session: GameSession } | { ok: false; message: string } {
    const saved = this.savedGame;
    if (saved.kind !== 'ok') return { ok: false, message: 'There is no saved game to continue.' };
    const session = this.open(saved.read.entry.scenario, saved.read.session);
    if (saved.read.scenarioChanged) {
      this.pendingNotice =
        'The scenario file has changed since this game was saved; its decisions still replay, and the game goes on from them.';
    }
    return { ok: true, session };
  }

  /**
   * Opens a session file the player chose: it replays, and the game goes on
   * where it stopped. A file that does not replay is refused with the reason;
   * nothing saved is touched.
   */
  openSessionFile(
    bytes: string,
  ): { ok: true; session: GameSession } | { ok: false; message: string } {
    const read = readSession(bytes, this.catalogue);
    if (!read.ok)
      return { ok: false, message: `That session file could not be opened: ${read.reason}.` };
    const session = this.open(read.entry.scenario, read.session);
    session.save();
    this.savedGame = { kind: 'none' };
    return { ok: true, session };
  }

  /** Forgets a broken save's message (its bytes stay kept under another key). */
  dismissBrokenSave(): void {
    if (this.savedGame.kind === 'broken') this.savedGame = { kind: 'none' };
  }

  /** Ends the session (it is saved) and forgets it; the title offers to continue it. */
  closeSession(): void {
    this.session?.save();
    this.session?.dispose();
    this.session = undefined;
    this.endRoom();
    this.savedGame = this.storage ? this.loadSavedGame(this.storage) : { kind: 'none' };
  }

  /** Downloads the session being played as a file, and says so. */
  downloadSession(): void {
    const session = this.session;
    if (!session) return;
    downloadSave(session.sessionBytes(), session.fileName);
    this.page.announce(`Downloading ${session.fileName}.`);
  }

  /**
   * Exports the session being played: its file (the same download as the
   * pause menu's), a table of its weeks or its decisions, or the printable
   * summary page.
   */
  exportSession(format: ExportFormat): void {
    const session = this.session;
    if (!session) return;
    if (format === 'json') {
      this.downloadSession();
      return;
    }
    if (format === 'summary') {
      this.openSummary(session);
      return;
    }
    const table = format === 'weeks-csv' ? session.weekTable() : session.decisionTable();
    const name = session.exportName(format === 'weeks-csv' ? 'weeks' : 'decisions', 'csv');
    downloadSave(csvText(table), name, 'text/csv');
    this.page.announce(`Downloading ${name}.`);
  }

  /** Several tables' session files side by side, on a page over the title. */
  compareTables(files: readonly TableFile[]): void {
    const close = openDomPage({
      id: 'table-comparison',
      heading: 'The tables compared',
      subtitle: `${files.length} session files, a table each, named after its file.`,
      sections: compareTables(files, this.catalogue),
      actions: [
        { text: 'Print', action: 'print', onActivate: () => window.print() },
        { text: 'Back to the title', action: 'continue', onActivate: () => close() },
      ],
      onClose: () => this.dom.focusFirst(),
    });
    this.page.announce(`${files.length} tables compared. Escape goes back to the title.`);
  }

  /** The debrief script: its four phases filled with this season, the board, the closing card. */
  openDebriefScript(): void {
    const session = this.session;
    if (!session) return;
    const close = openDomPage({
      id: 'debrief-script',
      heading: 'Debrief script',
      subtitle: `${summarySubtitle(session)}. Reactions, what happened, analysis, summary (after PEARLS).`,
      sections: debriefScriptSections(session, this.storage),
      actions: [
        { text: 'Print', action: 'print', onActivate: () => window.print() },
        { text: 'Back to the game', action: 'continue', onActivate: () => close() },
      ],
      onClose: () => this.dom.focusFirst(),
    });
    this.page.announce('The debrief script. Escape goes back to the game.');
  }

  private openSummary(session: GameSession): void {
    const close = openDomPage({
      id: 'print-summary',
      heading: 'Coach or Rescue: session summary',
      subtitle: summarySubtitle(session),
      sections: summarySections(session),
      actions: [
        { text: 'Print', action: 'print', onActivate: () => window.print() },
        { text: 'Back to the game', action: 'continue', onActivate: () => close() },
      ],
      onClose: () => this.dom.focusFirst(),
    });
    this.page.announce('The session summary, ready to print. Escape goes back to the game.');
  }

  /** The bytes of the current game, for the error screen's download. */
  currentSaveBytes(): string | undefined {
    try {
      if (this.session) return this.session.sessionBytes();
    } catch {
      // Fall back to what is stored.
    }
    const saved = this.savedGame;
    if (saved.kind === 'ok') return JSON.stringify(saved.read.session);
    if (saved.kind === 'broken') return saved.bytes;
    return undefined;
  }

  /** The save in storage, read and replayed; bytes that do not replay are kept aside. */
  private loadSavedGame(storage: SaveStorage): SavedGame {
    const stored = readSave(storage);
    if (stored.kind === 'refused') {
      this.saveFailed(stored.reason);
      return { kind: 'none' };
    }
    if (stored.kind === 'none') return stored;
    const read = readSession(stored.bytes, this.catalogue);
    if (read.ok) return { kind: 'ok', read };
    const kept = keepAside(storage, stored.bytes);
    return {
      kind: 'broken',
      reason: read.reason,
      bytes: stored.bytes,
      keptAs: kept.keptAs,
      ...('failed' in kept ? { keptFailed: kept.failed } : {}),
    };
  }
}

/** The registry key scenes find the app under. */
export const appRegistryKey = 'app';

export function registerApp(game: Phaser.Game, app: GameApp): void {
  game.registry.set(appRegistryKey, app);
}
