import Phaser from 'phaser';
import { startGame } from './app/startGame';

const parent = document.getElementById('game');
if (!parent) throw new Error('index.html is missing its #game element');
const game = startGame(parent);
game.events.once('ready', () => {
  document
    .getElementById('app')
    ?.setAttribute('data-renderer', game.renderer.type === Phaser.WEBGL ? 'webgl' : 'canvas');
});
