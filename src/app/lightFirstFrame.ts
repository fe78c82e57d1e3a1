/**
 * The first screen is drawn with one texture per batch. A shader that picks
 * among many textures is large, and where WebGL runs in software (training
 * laptops without a graphics card, remote desktops) building it is the
 * slowest part of the first frame. Once the first screen is up, batches go
 * back to the full count and the larger shader is built while the player
 * reads the title, so later screens draw in few batches.
 */
import Phaser from 'phaser';

/** How long the first screen rests before the larger shader is built. */
const restMs = 300;

export function lightFirstFrame(
  game: Phaser.Game,
  screenShown: () => boolean,
  redraw: () => void,
): void {
  const renderer = game.renderer;
  if (!(renderer instanceof Phaser.Renderer.WebGL.WebGLRenderer)) return;
  const nodes = renderer.renderNodes;
  nodes.setMaxParallelTextureUnits(1);
  const afterFrame = () => {
    if (!screenShown()) return;
    game.events.off(Phaser.Core.Events.POST_RENDER, afterFrame);
    setTimeout(() => {
      nodes.setMaxParallelTextureUnits(renderer.maxTextures);
      redraw();
    }, restMs);
  };
  game.events.on(Phaser.Core.Events.POST_RENDER, afterFrame);
}
