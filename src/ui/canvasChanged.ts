/**
 * Told on a scene's events when something on its canvas changed outside a
 * tween or a new screen (a button lit up by hover or focus), so a frame that
 * redraws only what changed (src/app/redrawWhatMoves) draws it. With no
 * object, anything on the scene may have changed.
 */
import type Phaser from 'phaser';

export const canvasChangedEvent = 'canvas-changed';

export function tellCanvasChanged(
  scene: Phaser.Scene,
  object?: Phaser.GameObjects.GameObject,
): void {
  scene.events.emit(canvasChangedEvent, object);
}
