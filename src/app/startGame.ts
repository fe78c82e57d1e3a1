import Phaser from 'phaser';
import { TitleScene } from '../scenes/TitleScene';
import { stage } from '../ui/layout';
import { palette } from '../ui/palette';

/** Boots Phaser into the given parent element: WebGL, 16:9 stage scaled to fit and centred. */
export function startGame(parent: HTMLElement): Phaser.Game {
  return new Phaser.Game({
    type: Phaser.WEBGL,
    parent,
    backgroundColor: palette.background,
    scale: {
      mode: Phaser.Scale.FIT,
      autoCenter: Phaser.Scale.CENTER_BOTH,
      width: stage.width,
      height: stage.height,
    },
    audio: { noAudio: true },
    banner: false,
    scene: [TitleScene],
  });
}
