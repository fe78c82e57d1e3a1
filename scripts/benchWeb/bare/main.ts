/**
 * The benchmark's baseline: Phaser 4 with WebGL and the game's stage size,
 * an empty scene, and a mark when its first frame is done: the first task
 * after the frame was rendered and handed to the compositor, which is also
 * when the game's title check can first see its screen.
 */
import Phaser from 'phaser';

class EmptyScene extends Phaser.Scene {
  create(): void {
    this.game.events.once(Phaser.Core.Events.POST_RENDER, () => {
      setTimeout(() => {
        (window as unknown as { firstFrameMs: number }).firstFrameMs = performance.now();
      }, 0);
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
