/** The texture of an icon, drawn when a screen first shows it (see drawnTexture). */
import type Phaser from 'phaser';
import { drawnTexture } from './drawnTexture';
import { drawIcon, type IconKey, iconTextureSize } from './icons';

export function iconTexture(scene: Phaser.Scene, key: IconKey): string {
  return drawnTexture(scene, `icon.${key}`, iconTextureSize, iconTextureSize, (g) =>
    drawIcon(g, key),
  );
}
