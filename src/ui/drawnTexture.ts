/**
 * A texture drawn with Graphics on a 2D canvas (where its edges come out
 * smooth) the first time any scene asks for its key, and kept for the rest
 * of the game. Icons and faces are made this way.
 */
import type Phaser from 'phaser';

export function drawnTexture(
  scene: Phaser.Scene,
  key: string,
  width: number,
  height: number,
  draw: (g: Phaser.GameObjects.Graphics) => void,
): string {
  if (!scene.textures.exists(key)) {
    const g = scene.make.graphics({}, false);
    draw(g);
    g.generateTexture(key, width, height);
    g.destroy();
  }
  return key;
}
