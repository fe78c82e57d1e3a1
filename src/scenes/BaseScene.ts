/**
 * What every screen shares: the app and its session, buttons with DOM twins,
 * the header with its menu buttons, motion that honours reduced motion, and
 * clean-up on shutdown.
 */
import Phaser from 'phaser';
import { appRegistryKey, type GameApp } from '../app/GameApp';
import type { GameSession } from '../app/GameSession';
import type { Screen } from '../app/pageState';
import { ActionButton, type ActionButtonConfig } from '../ui/ActionButton';
import type { Description } from '../ui/DomLayer';
import { button, corner, header, notice, type Region, space, stage, stroke } from '../ui/layout';
import { palette } from '../ui/palette';
import { textScale, textStyle } from '../ui/typography';
import type { SceneKey } from './sceneKeys';

/** A gap between frames longer than this counts as one ordinary frame for tweens. */
const motionLagMs = 100;
const motionLagSkipMs = 17;

export abstract class BaseScene extends Phaser.Scene {
  private teardown: (() => void)[] = [];

  protected get app(): GameApp {
    return this.registry.get(appRegistryKey) as GameApp;
  }

  /** The game being played; scenes that need one are only started when there is one. */
  protected get session(): GameSession {
    const session = this.app.session;
    if (!session) throw new Error(`The ${this.scene.key} screen needs a game in progress.`);
    return session;
  }

  /** Call first in create(): marks the page, clears the last screen's DOM and hooks shutdown. */
  protected enter(screen: Screen, week: number, description: Description): void {
    this.teardown = [];
    // A long frame (building a screen on a slow machine) slows a tween down instead of
    // skipping it: the cards still visibly slide to their new stages.
    this.tweens.setLagSmooth(motionLagMs, motionLagSkipMs);
    this.app.dom.clear('screen');
    this.app.dom.describe('screen', description);
    this.app.page.setScreen(screen, week);
    this.events.once(Phaser.Scenes.Events.SHUTDOWN, () => {
      for (const undo of this.teardown) undo();
      this.teardown = [];
    });
  }

  /** Runs this when the scene shuts down (unsubscribes a listener). */
  protected onShutdown(undo: () => void): void {
    this.teardown.push(undo);
  }

  protected button(config: ActionButtonConfig): ActionButton {
    return new ActionButton(this, this.app.dom, config);
  }

  /** Gives focus to the screen's first button once it is drawn. */
  protected focusFirst(): void {
    if (!this.app.dom.modalOpen) this.app.dom.focusFirst('screen');
  }

  /** Goes to another screen. */
  protected go(key: SceneKey, data?: object): void {
    // Phaser keeps a scene's last data when it is started with none: a new week's board
    // would open on the inbox page the last one was left on. Start it afresh.
    this.scene.start(key, data ?? {});
  }

  /** The header: a title on the left, the keys and menu buttons on the right. */
  protected addHeader(title: string, subtitle?: string): void {
    const titleText = this.add.text(
      header.x,
      header.y + header.titleY,
      title,
      textStyle('heading', { bold: true }),
    );
    if (subtitle) {
      // Set on the title's baseline.
      const text = this.add.text(
        header.x + titleText.width + header.subtitleGap,
        0,
        subtitle,
        textStyle('body', { colour: palette.inkMuted }),
      );
      text.setY(titleText.y + titleText.height - text.height - space.hair);
    }
    const width = Math.round(header.buttonWidth * textScale());
    const y = header.y + (header.height - button.smallHeight) / 2;
    const right = stage.width - header.x;
    this.button({
      region: { x: right - width, y, width, height: button.smallHeight },
      label: 'Menu',
      action: 'settings',
      once: false,
      onActivate: () => this.app.overlays?.open('pause'),
    });
    this.button({
      region: { x: right - 2 * width - space.lg, y, width, height: button.smallHeight },
      label: 'Keys ?',
      action: 'settings',
      once: false,
      onActivate: () => this.app.overlays?.open('keys'),
    });
  }

  /** A short notice at the bottom of the screen (a rejected move, a failed save). */
  protected showNotice(text: string, region: Region = notice.region): void {
    // A toast: an opaque box with a bright edge, over whatever is under it, gone after a while.
    const label = this.add.text(
      0,
      0,
      text,
      textStyle('body', { bold: true, wrap: region.width - 2 * space.xl }),
    );
    const height = Math.max(region.height, label.height + 2 * space.md);
    const box = this.add
      .rectangle(
        region.x,
        region.y + region.height - height,
        region.width,
        height,
        palette.panelRaised,
      )
      .setOrigin(0, 0)
      .setRounded(corner.card)
      .setStrokeStyle(stroke.thick, palette.yellow);
    label.setPosition(region.x + space.xl, box.y + height / 2).setOrigin(0, 0.5);
    const toast = this.add.container(0, 0, [box, label]);
    this.tweens.add({ targets: toast, alpha: 0, delay: notice.showMs, duration: notice.fadeMs });
    this.app.page.announce(text);
  }

  /** Tweens unless motion is reduced; then jumps to the end at once. */
  protected animate(
    config: Phaser.Types.Tweens.TweenBuilderConfig & { onComplete?: () => void },
  ): void {
    if (this.app.still) {
      const targets = (Array.isArray(config.targets) ? config.targets : [config.targets]) as Record<
        string,
        unknown
      >[];
      const skip = new Set([
        'targets',
        'duration',
        'delay',
        'ease',
        'onComplete',
        'yoyo',
        'repeat',
        'hold',
      ]);
      for (const target of targets) {
        for (const [key, value] of Object.entries(config)) {
          if (!skip.has(key) && typeof value === 'number') target[key] = value;
        }
      }
      config.onComplete?.();
      return;
    }
    this.tweens.add(config);
  }
}
