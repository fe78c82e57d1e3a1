/** Draws the game's icons into textures once, then opens the title. */
import Phaser from 'phaser';
import { drawIcon, iconKeys, iconTextureSize } from '../ui/icons';
import { iconTexture } from '../ui/textureKeys';
import { SceneKey } from './sceneKeys';

export class BootScene extends Phaser.Scene {
  constructor() {
    super(SceneKey.boot);
  }

  create(): void {
    const g = this.add.graphics();
    for (const key of iconKeys) {
      if (this.textures.exists(iconTexture[key])) continue;
      g.clear();
      drawIcon(g, key);
      g.generateTexture(iconTexture[key], iconTextureSize, iconTextureSize);
    }
    g.destroy();
    this.scene.start(SceneKey.title);
  }
}
