/**
 * What opens over a screen: the pause menu (Escape), the keys (?), and the
 * settings. It runs on top of the screen scene; while it is open the
 * screen's DOM buttons are inert and only the overlay's can be reached.
 */
import Phaser from 'phaser';
import { roomKeyHelp } from '../app/Facilitator';
import type { ExportFormat, OverlayMode } from '../app/GameApp';
import { keyHelp } from '../app/keyboard';
import type { ActionButton } from '../ui/ActionButton';
import { percent } from '../ui/format';
import { button, overlay, panel, space, stage } from '../ui/layout';
import { addPanel } from '../ui/Panel';
import { palette } from '../ui/palette';
import { textStyle } from '../ui/typography';
import { BaseScene } from './BaseScene';
import { SceneKey } from './sceneKeys';

export interface OverlayData {
  mode: OverlayMode;
  /** The settings row to focus after a re-layout. */
  focus?: string;
}

const headings: Record<OverlayMode, string> = {
  pause: 'Paused',
  rewind: 'Rewind to the start of a week',
  keys: 'Keys',
  settings: 'Settings',
  export: 'Export this session',
};

/** The export menu's rows: what each gives, in the order shown. */
const exportRows: readonly { format: ExportFormat; label: string }[] = [
  { format: 'json', label: 'Session file (JSON), to replay or open again' },
  { format: 'weeks-csv', label: 'Weeks as a table (CSV): every stock, week by week' },
  { format: 'decisions-csv', label: 'Decisions as a table (CSV): one row each' },
  { format: 'summary', label: 'Printable summary page' },
];

const onOff = (on: boolean) => (on ? 'on' : 'off');

const exportWords =
  'Save this session as a file that replays it, as tables for a spreadsheet, or as a page to print for the room.';

const rewindWords =
  'Play a week again from its start and choose differently. What you played after it is kept, as another branch of this session.';

export class OverlayScene extends BaseScene {
  private rowY = 0;
  private rowCount = 0;
  private inner = { x: 0, y: 0, width: 0, height: 0 };

  constructor() {
    super(SceneKey.overlay);
  }

  create(data: OverlayData): void {
    const mode = data.mode;
    this.add.rectangle(0, 0, stage.width, stage.height, palette.inkDark, 0.78).setOrigin(0, 0);
    // The panel is as tall as what it holds, centred on the stage.
    const weeks = this.app.session?.rewindWeeks ?? 0;
    const rows = {
      pause: this.app.session ? 8 : 4,
      export: exportRows.length + 2,
      rewind: 2 + Math.ceil(weeks / overlay.weekColumns),
      keys: this.keyList().length + 1,
      settings: 7,
    }[mode];
    const height = Math.min(
      overlay.panel.height,
      panel.headingHeight +
        space.lg +
        rows * (overlay.row.height + overlay.row.gap) +
        panel.padding,
    );
    // A room's keys list is long and its words large: the panel takes more of the stage's width.
    const width = mode === 'keys' && this.app.room ? overlay.widePanelWidth : overlay.panel.width;
    const region = {
      ...overlay.panel,
      x: (stage.width - width) / 2,
      width,
      y: (stage.height - height) / 2,
      height,
    };
    this.inner = addPanel(this, region, { heading: headings[mode], edge: palette.skyBlue });
    this.rowY = this.inner.y + space.lg;
    this.rowCount = 0;
    const lines =
      mode === 'keys'
        ? this.keyList().map((key) => `${key.keys}: ${key.does}`)
        : mode === 'pause'
          ? ['The game is paused. It is saved after every choice.']
          : mode === 'rewind'
            ? [rewindWords]
            : mode === 'export'
              ? [exportWords]
              : [
                  'Sound, music, motion and text size. Your choices are remembered in this browser.',
                ];
    this.app.dom.openModal({ heading: headings[mode], lines });
    if (mode === 'pause') this.pauseMenu();
    else if (mode === 'rewind') this.rewindMenu();
    else if (mode === 'keys') this.keys();
    else if (mode === 'export') this.exportMenu();
    else this.settings();
    this.app.page.announce(`${headings[mode]}. Press Escape to close.`);
    if (data.focus) {
      const target = document.querySelector<HTMLButtonElement>(
        `.ui-modal button[data-setting="${data.focus}"]`,
      );
      target?.focus({ preventScroll: true });
    } else this.app.dom.focusFirst('modal');
    this.events.once(Phaser.Scenes.Events.SHUTDOWN, () => undefined);
  }

  private row(config: {
    label: string;
    action: 'continue' | 'choose' | 'settings' | 'rewind' | 'download' | 'export' | 'debrief';
    onActivate: () => void;
    data?: Readonly<Record<string, string>>;
    primary?: boolean;
    autofocus?: boolean;
    setting?: string;
    once?: boolean;
    /** No number key: the row sits under buttons that have none either. */
    unnumbered?: boolean;
  }): ActionButton {
    const made = this.button({
      region: {
        x: this.inner.x,
        y: this.rowY,
        width: this.inner.width,
        height: overlay.row.height,
      },
      label: config.label,
      action: config.action,
      group: 'modal',
      variant: config.primary ? 'primary' : 'secondary',
      ...(config.primary ? { primary: true } : {}),
      ...((config.autofocus ?? config.primary) ? { autofocus: true } : {}),
      ...(config.setting || config.data
        ? { data: { ...config.data, ...(config.setting ? { setting: config.setting } : {}) } }
        : {}),
      ...(config.unnumbered ? {} : { shortcut: ++this.rowCount }),
      once: config.once ?? true,
      onActivate: config.onActivate,
    });
    this.rowY += made.buttonHeight + overlay.row.gap;
    return made;
  }

  private close(): void {
    this.app.overlays?.close();
  }

  private pauseMenu(): void {
    this.row({
      label: 'Resume',
      action: 'continue',
      primary: true,
      onActivate: () => this.close(),
    });
    const session = this.app.session;
    if (session) {
      this.row({
        label: 'Rewind to the start of a week…',
        action: 'rewind',
        onActivate: () => this.app.overlays?.open('rewind'),
      });
      this.row({
        label: 'Download this session',
        action: 'download',
        once: false,
        onActivate: () => this.app.downloadSession(),
      });
      this.row({
        label: 'Export: tables, summary to print…',
        action: 'choose',
        data: { menu: 'export' },
        onActivate: () => this.app.overlays?.open('export'),
      });
      this.row({
        label: 'Debrief script…',
        action: 'debrief',
        data: { menu: 'script' },
        onActivate: () => {
          this.close();
          this.app.openDebriefScript();
        },
      });
    }
    this.row({
      label: 'Settings',
      action: 'settings',
      onActivate: () => this.app.overlays?.open('settings'),
    });
    this.row({
      label: 'Keys',
      action: 'settings',
      onActivate: () => this.app.overlays?.open('keys'),
    });
    this.row({
      label: 'Save and go to the title',
      action: 'choose',
      onActivate: () => {
        this.close();
        this.app.closeSession();
        for (const scene of this.game.scene.getScenes(true)) {
          if (scene.scene.key !== SceneKey.overlay) scene.scene.stop();
        }
        this.game.scene.start(SceneKey.title);
      },
    });
  }

  /** A line that says what the menu is for, in a row of its own. */
  private intro(words: string): void {
    this.add.text(
      this.inner.x,
      this.rowY,
      words,
      textStyle('small', { colour: palette.inkMuted, wrap: this.inner.width }),
    );
    this.rowY += overlay.row.height + overlay.row.gap;
  }

  /** A button for each week that can be gone back to, then the way back to the pause menu. */
  private rewindMenu(): void {
    const session = this.app.session;
    const weeks = session?.rewindWeeks ?? 0;
    this.intro(rewindWords);
    const columns = overlay.weekColumns;
    const width = (this.inner.width - (columns - 1) * overlay.row.gap) / columns;
    for (let week = 1; week <= weeks; week += 1) {
      const column = (week - 1) % columns;
      const row = Math.floor((week - 1) / columns);
      this.button({
        region: {
          x: this.inner.x + column * (width + overlay.row.gap),
          y: this.rowY + row * (overlay.row.height + overlay.row.gap),
          width,
          height: overlay.row.height,
        },
        label: String(week),
        action: 'rewind',
        group: 'modal',
        ...(week === weeks ? { autofocus: true } : {}),
        data: { week: String(week) },
        description:
          week === weeks
            ? `Week ${week}: start this week again`
            : `Week ${week}: go back to its start; what you played after it is kept`,
        onActivate: () => this.rewindTo(week),
      });
    }
    this.rowY += Math.ceil(weeks / columns) * (overlay.row.height + overlay.row.gap);
    this.row({
      label: 'Back to the pause menu',
      action: 'choose',
      autofocus: false,
      unnumbered: true,
      onActivate: () => this.app.overlays?.open('pause'),
    });
  }

  /** The session as a file, as tables, or as a page to print; then the way back. */
  private exportMenu(): void {
    this.intro(exportWords);
    for (const { format, label } of exportRows) {
      this.row({
        label,
        action: 'export',
        data: { format },
        once: false,
        autofocus: format === 'json',
        onActivate: () => {
          if (format === 'summary') this.close();
          this.app.exportSession(format);
        },
      });
    }
    this.row({
      label: 'Back to the pause menu',
      action: 'choose',
      unnumbered: true,
      onActivate: () => this.app.overlays?.open('pause'),
    });
  }

  private rewindTo(week: number): void {
    const session = this.app.session;
    if (!session?.rewind(week)) return;
    this.close();
    // Every screen but the board stops; the board (re)starts on the rewound week.
    for (const scene of this.game.scene.getScenes(true)) {
      const key = scene.scene.key;
      if (key !== SceneKey.overlay && key !== SceneKey.board) scene.scene.stop();
    }
    this.game.scene.start(SceneKey.board, {
      notice: `Back at the start of week ${week}. What you played after it is kept as another branch.`,
    });
  }

  /** The game's keys, and a facilitated session's first when a room is watching. */
  private keyList(): readonly { keys: string; does: string }[] {
    return this.app.room ? [...roomKeyHelp, ...keyHelp] : keyHelp;
  }

  private keys(): void {
    const list = this.keyList();
    // As many rows as fit above the Close button, closer together when the list is long.
    const room = this.inner.y + this.inner.height - button.height - overlay.row.gap - this.rowY;
    const step = Math.min(overlay.row.height + overlay.row.gap, room / list.length);
    for (const key of list) {
      this.add.text(this.inner.x, this.rowY, key.keys, textStyle('body', { bold: true }));
      this.add.text(
        this.inner.x + overlay.keyColumn,
        this.rowY,
        key.does,
        textStyle('body', { colour: palette.inkMuted, wrap: this.inner.width - overlay.keyColumn }),
      );
      this.rowY += step;
    }
    this.rowY = this.inner.y + this.inner.height - button.height;
    this.row({ label: 'Close', action: 'choose', primary: true, onActivate: () => this.close() });
  }

  private settings(): void {
    const app = this.app;
    const audio = app.audio;
    const toggle = (setting: string, label: () => string, flip: () => void): ActionButton => {
      const made: ActionButton = this.row({
        label: label(),
        action: 'settings',
        setting,
        autofocus: setting === 'sound',
        once: false,
        onActivate: () => {
          flip();
          made.setLabel(label());
          app.page.announce(label());
        },
      });
      return made;
    };
    toggle(
      'sound',
      () => `Sound effects: ${onOff(audio.settings.sound)}`,
      () => audio.setSound(!audio.settings.sound),
    );
    toggle(
      'music',
      () => `Music: ${onOff(audio.settings.music)}`,
      () => audio.setMusic(!audio.settings.music),
    );
    toggle(
      'mute',
      () => `Mute everything (M): ${onOff(audio.settings.muted)}`,
      () => audio.setMuted(!audio.settings.muted),
    );
    // Volume: two buttons and the level between them.
    const third = (this.inner.width - 2 * overlay.row.gap) / 3;
    const y = this.rowY;
    const level = this.add
      .text(
        this.inner.x + third * 1.5 + overlay.row.gap,
        y + overlay.row.height / 2,
        `Volume ${percent(audio.settings.volume)}`,
        textStyle('body', { bold: true }),
      )
      .setOrigin(0.5);
    const step = (by: number) => {
      audio.setVolume(Math.round((audio.settings.volume + by) * 100) / 100);
      level.setText(`Volume ${percent(audio.settings.volume)}`);
      app.page.announce(level.text);
    };
    this.button({
      region: { x: this.inner.x, y, width: third, height: overlay.row.height },
      label: 'Quieter',
      action: 'settings',
      group: 'modal',
      once: false,
      data: { setting: 'quieter' },
      onActivate: () => step(-0.1),
    });
    this.button({
      region: {
        x: this.inner.x + 2 * (third + overlay.row.gap),
        y,
        width: third,
        height: overlay.row.height,
      },
      label: 'Louder',
      action: 'settings',
      group: 'modal',
      once: false,
      data: { setting: 'louder' },
      onActivate: () => step(0.1),
    });
    this.rowY += overlay.row.height + overlay.row.gap;
    toggle(
      'motion',
      () => `Reduced motion: ${onOff(app.settings.reducedMotion)}`,
      () => app.setReducedMotion(!app.settings.reducedMotion),
    );
    this.row({
      label: `Text size: ${app.settings.textSize === 'large' ? 'large' : 'normal'}`,
      action: 'settings',
      setting: 'text-size',
      onActivate: () => app.setTextSize(app.settings.textSize === 'large' ? 'normal' : 'large'),
    });
    this.rowY = Math.max(this.rowY, this.inner.y + this.inner.height - button.height);
    this.row({
      label: 'Done',
      action: 'settings',
      primary: true,
      autofocus: false,
      onActivate: () => this.close(),
    });
  }
}
