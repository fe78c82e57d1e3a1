import Phaser from 'phaser';
import { fontFamily, stage, textSize } from '../ui/layout';
import { cssColour, palette } from '../ui/palette';
import { SceneKey } from './sceneKeys';

export class TitleScene extends Phaser.Scene {
  constructor() {
    super(SceneKey.title);
  }

  create(): void {
    const centreX = stage.width / 2;
    this.add
      .text(centreX, stage.height * 0.38, 'Coach or Rescue', {
        fontFamily,
        fontSize: `${textSize.title}px`,
        fontStyle: 'bold',
        color: cssColour(palette.ink),
      })
      .setOrigin(0.5);
    this.add
      .text(centreX, stage.height * 0.52, 'Where do your hours go this week?', {
        fontFamily,
        fontSize: `${textSize.heading}px`,
        color: cssColour(palette.skyBlue),
      })
      .setOrigin(0.5);
    document.getElementById('app')?.setAttribute('data-screen', 'title');
  }
}
