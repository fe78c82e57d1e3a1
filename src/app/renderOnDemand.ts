/**
 * Draws frames only while something changes. The board is still most of the
 * time; redrawing a full-HD canvas sixty times a second for nothing keeps a
 * projector laptop's fans busy (and a software renderer at a crawl). The
 * game loop sleeps after a few quiet frames (no scene starting, no tween
 * running) and wakes on any input, focus change or resize, or when asked.
 */
import Phaser from 'phaser';

/** Quiet frames drawn before the loop sleeps. */
const quietFramesBeforeSleep = 2;

const wakingEvents = [
  'pointerdown',
  'pointerup',
  'pointermove',
  'pointerover',
  'pointerout',
  'keydown',
  'keyup',
  'focusin',
  'focusout',
  'wheel',
  'resize',
  'visibilitychange',
] as const;

/** True while a running scene has a tween going. (A scene starts and draws within one step.) */
function busy(game: Phaser.Game): boolean {
  return game.scene.getScenes(true).some((scene) => scene.tweens.getTweens().length > 0);
}

/**
 * Starts drawing on demand; returns a function that wakes the loop for a few
 * frames. `onWake` hears what woke it: the input event's type, or 'request'.
 */
export function renderOnDemand(game: Phaser.Game, onWake: (cause: string) => void): () => void {
  let quiet = 0;
  const wake = (cause: string) => {
    onWake(cause);
    quiet = 0;
    if (!game.loop.running && document.visibilityState === 'visible') game.loop.wake(true);
  };
  game.events.on(Phaser.Core.Events.POST_RENDER, () => {
    if (busy(game)) {
      quiet = 0;
      return;
    }
    quiet += 1;
    if (quiet >= quietFramesBeforeSleep) game.loop.sleep();
  });
  for (const type of wakingEvents) window.addEventListener(type, () => wake(type), true);
  return () => wake('request');
}
