/**
 * The benchmark's baseline: Phaser 4 with WebGL and the game's stage size,
 * an empty scene, and a mark at its first rendered frame.
 */
import Phaser from 'phaser';

class EmptyScene extends Phaser.Scene {
  create(): void {
    this.game.events.once(Phaser.Core.Events.POST_RENDER, () => {
      (window as unknown as { firstFrameMs: number }).firstFrameMs = performance.now();
    });
  }
}

new Phaser.Game({
  type: Phaser.WEBGL,
  parent: 'game',
  scale: {
    mode: Phaser.Scale.FIT,
    autoCenter: Phaser.Scale.CENTER_BOTH,
    width: 1920,
    height: 1080,
  },
  audio: { noAudio: true },
  banner: false,
  scene: [EmptyScene],
});
