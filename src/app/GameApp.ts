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
import type { CatalogueEntry } from '../content/scenarioCatalogue';
import type { SeasonEmitted } from '../machines/seasonEvents';
import type { DomLayer } from '../ui/DomLayer';
import { type TextScaleName, textScales } from '../ui/layout';
import { setTextScale } from '../ui/typography';
import { type DisplaySettings, loadDisplaySettings, saveDisplaySettings } from './displaySettings';
import { GameSession } from './GameSession';
import type { PageState } from './pageState';
import { loadSave, type SaveLoad, type SaveStorage } from './saves';

export type OverlayMode = 'pause' | 'keys' | 'settings';

/** What the scenes need of the Phaser game to show an overlay. */
export interface OverlayHost {
  open(mode: OverlayMode): void;
  close(): void;
  readonly mode: OverlayMode | undefined;
  /** Lays the screen out again (the text size changed). */
  relayout(): void;
}

export type ScenarioEntryOk = Extract<CatalogueEntry, { ok: true }>;

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
  savedGame: SaveLoad;
  session: GameSession | undefined;
  overlays: OverlayHost | undefined;
  /** Asks for frames to be drawn (the loop sleeps while nothing changes). */
  wake: () => void = () => undefined;
  private display: DisplaySettings;
  /** A message to show on the next screen (a failed save, a missing scenario). */
  pendingNotice: string | undefined;

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
    this.savedGame = options.storage ? loadSave(options.storage) : { kind: 'none' };
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
    setTextScale(textScales[size]);
    this.overlays?.relayout();
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

  private open(entry: ScenarioEntryOk, seed: number, snapshot?: unknown): GameSession {
    this.session?.dispose();
    this.session = new GameSession({
      scenario: entry.scenario,
      fingerprint: entry.fingerprint,
      seed,
      ...(snapshot ? { snapshot } : {}),
      storage: this.storage,
      onEmitted: this.onEmitted,
      onSaveFailed: (reason) => {
        this.pendingNotice = `The game could not be saved in this browser (${reason}). You can keep playing.`;
      },
    });
    return this.session;
  }

  /** Starts a new season of this scenario, replacing any save. */
  startNew(entry: ScenarioEntryOk): GameSession {
    const seed = this.seed ?? (Math.random() * 2 ** 31) >>> 0;
    const session = this.open(entry, seed);
    session.save();
    this.savedGame = { kind: 'ok', save: session.saveData() };
    return session;
  }

  /** Resumes the saved game, or says why it cannot. */
  continueSaved(): { ok: true; session: GameSession } | { ok: false; message: string } {
    const saved = this.savedGame;
    if (saved.kind !== 'ok') return { ok: false, message: 'There is no saved game to continue.' };
    const entry = this.scenario(saved.save.scenarioId);
    if (!entry) {
      return {
        ok: false,
        message: `The saved game belongs to the scenario "${saved.save.scenarioId}", which is not available now.`,
      };
    }
    try {
      const session = this.open(entry, saved.save.seed, saved.save.snapshot);
      if (saved.save.scenarioVersion !== entry.fingerprint) {
        this.pendingNotice =
          'The scenario file has changed since this game was saved. The game goes on from the save.';
      }
      return { ok: true, session };
    } catch (error) {
      this.session = undefined;
      return {
        ok: false,
        message: `The saved game could not be resumed (${error instanceof Error ? error.message : String(error)}).`,
      };
    }
  }

  /** Forgets a broken save's message (its bytes stay kept under another key). */
  dismissBrokenSave(): void {
    if (this.savedGame.kind === 'broken') this.savedGame = { kind: 'none' };
  }

  /** Ends the session (it is saved) and forgets it. */
  closeSession(): void {
    this.session?.save();
    this.session?.dispose();
    this.session = undefined;
    if (this.storage) this.savedGame = loadSave(this.storage);
  }

  /** The bytes of the current game, for the error screen's download. */
  currentSaveBytes(): string | undefined {
    try {
      if (this.session) return this.session.saveBytes();
    } catch {
      // Fall back to what is stored.
    }
    const saved = this.savedGame;
    if (saved.kind === 'ok') return JSON.stringify(saved.save);
    if (saved.kind === 'broken') return saved.bytes;
    return undefined;
  }
}

/** The registry key scenes find the app under. */
export const appRegistryKey = 'app';

export function registerApp(game: Phaser.Game, app: GameApp): void {
  game.registry.set(appRegistryKey, app);
}
