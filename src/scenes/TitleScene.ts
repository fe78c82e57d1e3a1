/**
 * The title: the game's name, "Continue" when a save exists, the scenarios
 * to start (broken ones shown with their errors), settings and keys, and a
 * clear message when the saved game could not be read.
 */
import type Phaser from 'phaser';
import { downloadSave } from '../app/errorScreen';
import type { SavedGame } from '../app/GameApp';
import type { CatalogueEntry } from '../content/scenarioCatalogue';
import { Avatar } from '../ui/Avatar';
import { plural } from '../ui/format';
import type { IconKey } from '../ui/icons';
import { iconTexture } from '../ui/iconTexture';
import { button, panel, space, title } from '../ui/layout';
import { addPanel } from '../ui/Panel';
import { meaning, palette } from '../ui/palette';
import { lineHeight, textStyle } from '../ui/typography';
import { BaseScene } from './BaseScene';
import { SceneKey } from './sceneKeys';

export const tagline = 'Where do your hours go this week?';

function entryName(entry: CatalogueEntry): string {
  return entry.ok ? entry.scenario.title : entry.file;
}

function entryWords(entry: CatalogueEntry): string {
  if (!entry.ok) {
    return `${entry.file} is broken and cannot be played: ${entry.messages.join(' ')}`;
  }
  const { scenario } = entry;
  return `${scenario.title}, ${scenario.weeks} weeks, a team of ${scenario.setup.team.length}. ${scenario.summary} Learning goals: ${scenario.learningGoals.join(' ')}`;
}

export class TitleScene extends BaseScene {
  private detailHeading: Phaser.GameObjects.Text | undefined;
  private detailBody: Phaser.GameObjects.Text | undefined;
  private detailShown: CatalogueEntry | undefined;

  constructor() {
    super(SceneKey.title);
  }

  create(data: { notice?: string; focus?: string } = {}): void {
    const app = this.app;
    const saved = app.savedGame;
    this.enter('title', 0, {
      heading: 'Coach or Rescue',
      lines: [
        tagline,
        app.facilitated
          ? 'Facilitated session chosen: the game you start is run for a room, on a projector.'
          : 'Solo play chosen.',
        ...(saved.kind === 'broken' ? [`Your saved game could not be read: ${saved.reason}.`] : []),
        ...app.catalogue.map(entryWords),
      ],
    });
    const brand = title.brand;
    const name = this.add.text(
      brand.x,
      brand.y,
      'Coach or Rescue',
      textStyle('title', { bold: true, wrap: brand.width }),
    );
    const line = this.add.text(
      brand.x,
      name.y + name.height + space.md,
      tagline,
      textStyle('heading', { colour: palette.skyBlue, wrap: brand.width }),
    );

    let y = Math.max(title.actions.y, line.y + line.height + space.xl);
    const width = title.actions.width;
    if (saved.kind === 'ok') {
      const { entry, state } = saved.read;
      const continueButton = this.button({
        region: { x: title.actions.x, y, width, height: title.continueHeight },
        label: 'Continue',
        detail: `${entry.scenario.title}, ${state.ended ? 'season finished' : `week ${state.week}`}`,
        action: 'continue',
        variant: 'primary',
        primary: true,
        autofocus: true,
        onActivate: () => this.continueGame(),
      });
      y += continueButton.buttonHeight + title.actions.gap;
    }
    const half = (width - title.actions.gap) / 2;
    this.button({
      region: { x: title.actions.x, y, width: half, height: button.height },
      label: 'Settings',
      action: 'settings',
      once: false,
      onActivate: () => app.overlays?.open('settings'),
    });
    this.button({
      region: {
        x: title.actions.x + half + title.actions.gap,
        y,
        width: half,
        height: button.height,
      },
      label: 'Keys ?',
      action: 'settings',
      once: false,
      onActivate: () => app.overlays?.open('keys'),
    });
    if (saved.kind === 'broken') this.drawBrokenSave(saved);
    else this.drawTeam();
    this.drawScenarios(app.catalogue, saved.kind !== 'ok');
    const notice = data.notice ?? app.pendingNotice;
    app.pendingNotice = undefined;
    if (notice) this.showNotice(notice, title.toast);
    else if (saved.kind === 'broken') {
      app.page.announce('Your saved game could not be read. A copy is kept; you can download it.');
    }
    this.focusFirst();
    if (data.focus)
      document
        .querySelector<HTMLButtonElement>(`.ui-screen button[data-action="${data.focus}"]`)
        ?.focus({ preventScroll: true });
  }

  /** Solo play or a facilitated session, beside the heading of the games to start. */
  private drawModes(y: number): void {
    const area = title.scenarios;
    const width = (area.width - title.actions.gap) / 2;
    const modes = [
      { on: false, label: 'Play solo', action: 'choose' as const, data: { mode: 'solo' } },
      {
        on: true,
        label: 'Facilitate a room',
        action: 'facilitate' as const,
        data: { mode: 'room' },
      },
    ];
    modes.forEach((mode, index) => {
      const chosen = this.app.facilitated === mode.on;
      const made = this.button({
        region: {
          x:
            area.x +
            area.width -
            (modes.length - index) * width -
            (modes.length - 1 - index) * title.actions.gap,
          y,
          width,
          height: button.smallHeight,
        },
        label: chosen ? `✓ ${mode.label}` : mode.label,
        action: mode.action,
        variant: chosen ? 'primary' : 'secondary',
        data: mode.data,
        description: chosen ? 'chosen' : 'not chosen',
        onActivate: () => {
          this.app.setFacilitated(mode.on);
          this.scene.restart({ focus: mode.action });
        },
      });
      made.element.setAttribute('aria-pressed', String(chosen));
    });
  }

  /** A friendly picture of a team: some reps asking for help, one growing, one at risk. */
  private drawTeam(): void {
    const { x, y, size, step, bubble } = title.illustration;
    const figures: { colour: number; mood: number; icon?: IconKey; tint?: number }[] = [
      { colour: palette.skyBlue, mood: 0.8, icon: 'sprout', tint: meaning.coached },
      { colour: palette.orange, mood: 0.5, icon: 'help', tint: meaning.help },
      { colour: palette.bluishGreen, mood: 0.7 },
      { colour: palette.reddishPurple, mood: 0.3, icon: 'help', tint: meaning.help },
      { colour: palette.yellow, mood: 0.6, icon: 'atRisk', tint: meaning.warning },
    ];
    figures.forEach((figure, index) => {
      const fx = x + index * step;
      new Avatar(this, fx, y, size, {
        name: '',
        colour: figure.colour,
        mood: figure.mood,
        noInitial: true,
      });
      if (figure.icon) {
        this.add
          .image(fx + size * 0.32, y - size * 0.62, iconTexture(this, figure.icon))
          .setDisplaySize(bubble, bubble)
          .setTint(figure.tint ?? palette.ink);
      }
    });
  }

  private continueGame(): void {
    const result = this.app.continueSaved();
    if (!result.ok) {
      this.scene.restart({ notice: result.message });
      return;
    }
    this.go(result.session.ended ? SceneKey.end : SceneKey.board);
  }

  private openFile(text: string, name: string): void {
    const opened = this.app.openSessionFile(text);
    if (!opened.ok) {
      this.app.page.announce(opened.message);
      this.scene.restart({ notice: `${name}: ${opened.message}` });
      return;
    }
    this.app.pendingNotice = `Opened ${name}: week ${opened.session.week} of ${opened.session.scenario.title}. The game saves it in this browser from now on.`;
    this.go(opened.session.ended ? SceneKey.end : SceneKey.board);
    // The file came from the browser's picker, not a press the game saw: wake the sleeping
    // loop so the next screen is drawn now rather than at the next key or pointer move.
    this.app.wake();
  }

  private drawBrokenSave(saved: Extract<SavedGame, { kind: 'broken' }>): void {
    const { reason, keptAs, bytes, keptFailed } = saved;
    const area = title.notice;
    const inner = addPanel(this, area, {
      heading: 'Your saved game could not be read',
      edge: meaning.warning,
    });
    const text = this.add.text(
      inner.x,
      inner.y,
      keptFailed
        ? `Reason: ${reason}. It could not be copied aside (${keptFailed}), so download it now: a new game's save replaces it.`
        : `Reason: ${reason}. Nothing is lost: the old save is kept in this browser (as “${keptAs}”) and you can download it.`,
      textStyle('small', { wrap: inner.width }),
    );
    // Two full-width buttons, one under the other, so neither label is cut.
    const height = button.smallHeight;
    let y = Math.max(
      text.y + text.height + space.lg,
      area.y + area.height - 2 * height - space.md - panel.padding - space.lg,
    );
    this.button({
      region: { x: inner.x, y, width: inner.width, height },
      label: 'Start new',
      action: 'new-game',
      autofocus: true,
      onActivate: () => {
        this.app.dismissBrokenSave();
        this.scene.restart();
      },
    });
    y += height + space.md;
    this.button({
      region: { x: inner.x, y, width: inner.width, height },
      label: 'Download the old save',
      action: 'choose',
      once: false,
      onActivate: () => downloadSave(bytes),
    });
  }

  private drawScenarios(catalogue: CatalogueEntry[], focusFirst: boolean): void {
    const area = title.scenarios;
    this.add.text(area.x, area.y, 'New game', textStyle('heading', { bold: true }));
    this.drawModes(area.y + title.listTop);
    let y = area.y + title.listTop + button.smallHeight + title.scenarioButton.gap;
    const first = catalogue[0];
    catalogue.forEach((entry, index) => {
      const made = this.button({
        region: { x: area.x, y, width: area.width, height: title.scenarioButton.height },
        label: entryName(entry),
        ...(entry.ok
          ? {
              aside: `${entry.scenario.weeks} weeks`,
              detail: `A team of ${entry.scenario.setup.team.length}`,
            }
          : {
              detail: `Broken: ${plural(entry.errors.length, 'problem')}`,
              icon: 'atRisk' as const,
              iconColour: meaning.warning,
            }),
        action: entry.ok ? 'new-game' : 'choose',
        variant: 'choice',
        autoHeight: true,
        shortcut: index + 1 <= 9 ? index + 1 : undefined,
        autofocus: focusFirst && index === 0,
        unavailable: !entry.ok,
        description: entryWords(entry),
        data: entry.ok ? { scenario: entry.scenario.id } : { file: entry.file },
        once: entry.ok,
        onHighlight: (on) => {
          if (on) this.showDetail(entry);
        },
        onActivate: () => {
          if (!entry.ok) {
            this.showDetail(entry);
            this.app.page.announce(entryWords(entry));
            return;
          }
          this.app.playChoice();
          this.app.startNew(entry);
          this.go(SceneKey.board);
        },
      });
      y += made.buttonHeight + title.scenarioButton.gap;
    });
    // Two files' ways side by side: one session to play on, several tables to compare.
    const half = (area.width - title.actions.gap) / 2;
    const open = this.button({
      region: { x: area.x, y, width: half, height: title.scenarioButton.height },
      label: 'Open a session file',
      detail: 'Play on where it stopped',
      action: 'open-file',
      variant: 'choice',
      autoHeight: true,
      once: false,
      onActivate: () => this.app.dom.chooseFile((text, name) => this.openFile(text, name)),
    });
    const compare = this.button({
      region: {
        x: area.x + half + title.actions.gap,
        y,
        width: half,
        height: title.scenarioButton.height,
      },
      label: 'Compare tables',
      detail: 'Several files, one a table',
      action: 'compare',
      variant: 'choice',
      autoHeight: true,
      once: false,
      onActivate: () => this.app.dom.chooseFiles((files) => this.app.compareTables(files)),
    });
    y += Math.max(open.buttonHeight, compare.buttonHeight) + title.scenarioButton.gap;
    const detailTop = y + title.detail.gap - title.scenarioButton.gap;
    const inner = addPanel(this, {
      x: area.x,
      y: detailTop,
      width: area.width,
      height: title.detail.bottom - detailTop,
    });
    this.detailHeading = this.add.text(
      inner.x,
      inner.y,
      '',
      textStyle('body', { wrap: inner.width }),
    );
    this.detailBody = this.add.text(
      inner.x,
      inner.y + lineHeight('body') + space.lg,
      '',
      textStyle('small', { wrap: inner.width, colour: palette.ink }),
    );
    this.detailBody.setData('bottom', inner.y + inner.height);
    this.detailShown = undefined;
    if (first) this.showDetail(first);
    if (catalogue.length === 0) {
      this.detailHeading.setText('No scenarios found');
      this.detailBody.setText('Put scenario files in the scenarios folder and rebuild the game.');
    }
  }

  private showDetail(entry: CatalogueEntry): void {
    if (!this.detailHeading || !this.detailBody || entry === this.detailShown) return;
    this.detailShown = entry;
    const lines = entry.ok
      ? ['You will learn:', ...entry.scenario.learningGoals.map((goal) => `•  ${goal}`)]
      : entry.messages.map((message) => `•  ${message}`);
    this.detailHeading.setText(
      entry.ok ? entry.scenario.summary : `${entry.file} cannot be played`,
    );
    this.detailBody.setY(this.detailHeading.y + this.detailHeading.height + space.lg);
    // Show as many lines as the panel holds; the DOM description has them all.
    const bottom = this.detailBody.getData('bottom') as number;
    this.detailBody.setMaxLines(0);
    this.detailBody.setText(lines);
    const wrapped = this.detailBody.getWrappedText();
    const lineHeight = this.detailBody.height / Math.max(1, wrapped.length);
    const room = Math.max(1, Math.floor((bottom - this.detailBody.y) / lineHeight));
    if (wrapped.length > room) this.detailBody.setText(wrapped.slice(0, room).join('\n'));
  }
}
