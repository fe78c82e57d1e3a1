/**
 * The canvas draws at the size the screen shows it (see canvasSize.ts), and
 * every scene's camera shows the whole 1920×1080 stage on it, so scenes lay
 * out in stage pixels whatever the canvas size. When the window settles at
 * a new size, the canvas takes the new size and the screen is laid out again
 * (its words drawn afresh at the new size).
 */
import Phaser from 'phaser';
import { setTextResolution } from '../ui/typography';
import { type CanvasSize, canvasSizeFor, canvasZoom } from './canvasSize';

/** A resize is acted on once the window has kept its size this long. */
const settleMs = 250;

/** The canvas size for the element the game is drawn in, as it is now. */
export function canvasSizeOf(parent: HTMLElement): CanvasSize {
  return canvasSizeFor(
    { width: parent.clientWidth, height: parent.clientHeight },
    window.devicePixelRatio,
  );
}

/** Sets the words' resolution for a canvas of this size; call before the first screen. */
export function prepareForCanvas(size: CanvasSize): void {
  setTextResolution(canvasZoom(size));
}

function fitCamera(scene: Phaser.Scene): void {
  const zoom = canvasZoom(scene.scale.gameSize);
  for (const camera of scene.cameras.cameras) camera.setOrigin(0, 0).setZoom(zoom);
}

export function drawAtScreenSize(
  game: Phaser.Game,
  parent: HTMLElement,
  relayout: () => void,
): void {
  // The scenes are made when the game is ready; the first may have started already.
  game.events.once(Phaser.Core.Events.READY, () => {
    for (const scene of game.scene.scenes) {
      scene.events.on(Phaser.Scenes.Events.CREATE, () => fitCamera(scene));
    }
    for (const scene of game.scene.getScenes(false)) fitCamera(scene);
  });
  let timer: ReturnType<typeof setTimeout> | undefined;
  const settle = () => {
    const wanted = canvasSizeOf(parent);
    if (wanted.width === game.scale.width && wanted.height === game.scale.height) return;
    prepareForCanvas(wanted);
    game.scale.setGameSize(wanted.width, wanted.height);
    for (const scene of game.scene.getScenes(false)) fitCamera(scene);
    relayout();
  };
  game.scale.on(Phaser.Scale.Events.RESIZE, () => {
    clearTimeout(timer);
    timer = setTimeout(settle, settleMs);
  });
}
