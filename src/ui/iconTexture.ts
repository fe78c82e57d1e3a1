/**
 * The texture of an icon, drawn on a 2D canvas (where its edges come out
 * smooth) the first time any scene asks for it, and kept for the rest of the
 * game. Only the icons a screen shows are ever drawn.
 */
import type Phaser from 'phaser';
import { drawIcon, type IconKey, iconTextureSize } from './icons';

export function iconTexture(scene: Phaser.Scene, key: IconKey): string {
  const texture = `icon.${key}`;
  if (!scene.textures.exists(texture)) {
    const g = scene.make.graphics({}, false);
    drawIcon(g, key);
    g.generateTexture(texture, iconTextureSize, iconTextureSize);
    g.destroy();
  }
  return texture;
}
