import Phaser from 'phaser';
import { BoardScene } from '../scenes/BoardScene';
import { DebriefScene } from '../scenes/DebriefScene';
import { DecisionScene } from '../scenes/DecisionScene';
import { EndScene } from '../scenes/EndScene';
import { OverlayScene } from '../scenes/OverlayScene';
import { QuarterScene } from '../scenes/QuarterScene';
import { ResultsScene } from '../scenes/ResultsScene';
import { SceneKey } from '../scenes/sceneKeys';
import { TitleScene } from '../scenes/TitleScene';
import { canvasSizeOf, drawAtScreenSize, prepareForCanvas } from './drawAtScreenSize';
import { type GameApp, type OverlayHost, type OverlayMode, registerApp } from './GameApp';

/** Boots Phaser into the given parent element: WebGL, 16:9 stage scaled to fit and centred. */
export function startGame(parent: HTMLElement, app: GameApp): Phaser.Game {
  const size = canvasSizeOf(parent);
  prepareForCanvas(size);
  const game = new Phaser.Game({
    type: Phaser.WEBGL,
    parent,
    // The page behind the canvas is the game's background colour (page.css), so no frame
    // spends a full-screen fill on it.
    transparent: true,
    // No multisampling: where WebGL runs in software (training-room laptops without a
    // graphics card, remote desktops) it makes every frame several times dearer. Text, icons
    // and faces are drawn smooth on 2D canvases first; only panel outlines lose a little.
    antialiasGL: false,
    // Frames that redraw only what moves (src/app/redrawWhatMoves) keep the rest of the
    // last frame's pixels.
    preserveDrawingBuffer: true,
    scale: {
      mode: Phaser.Scale.FIT,
      autoCenter: Phaser.Scale.CENTER_BOTH,
      // The stage at the size the screen shows it; cameras show the whole stage on it.
      width: size.width,
      height: size.height,
    },
    // Sound goes through Howler (src/audio); keys through the DOM layer (src/app/keyboard).
    audio: { noAudio: true },
    input: { keyboard: false },
    banner: false,
    scene: [
      TitleScene,
      BoardScene,
      DecisionScene,
      ResultsScene,
      QuarterScene,
      EndScene,
      DebriefScene,
      OverlayScene,
    ],
  });
  registerApp(game, app);
  app.overlays = overlayHost(game, app);
  // A paused room stops the game dead: no frame, tween or timer moves until it resumes.
  app.roomHost = {
    freeze: () => game.pause(),
    thaw: () => {
      game.resume();
      app.wake();
    },
  };
  drawAtScreenSize(game, parent, () => {
    app.overlays?.relayout();
    // The resize came from a timer, not input: the sleeping loop must be woken to draw it.
    app.wake();
  });
  return game;
}

function overlayHost(game: Phaser.Game, app: GameApp): OverlayHost {
  let mode: OverlayMode | undefined;
  return {
    get mode() {
      return mode;
    },
    open(next) {
      mode = next;
      game.scene.start(SceneKey.overlay, { mode: next });
      game.scene.bringToTop(SceneKey.overlay);
    },
    close() {
      if (!mode) return;
      mode = undefined;
      game.scene.stop(SceneKey.overlay);
      app.dom.closeModal();
    },
    relayout() {
      for (const scene of game.scene.getScenes(true)) {
        if (scene.scene.key === SceneKey.overlay) {
          scene.scene.restart({ mode, focus: 'text-size' });
        } else {
          scene.scene.restart(scene.sys.settings.data);
        }
      }
    },
  };
}
