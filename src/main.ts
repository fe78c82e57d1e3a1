// First, before any schema is made: parse without compiling code (the page allows no eval).
import './platform/zodJitless';
import Phaser from 'phaser';
import { installErrorScreen } from './app/errorScreen';
import { GameApp } from './app/GameApp';
import { installKeyboard } from './app/keyboard';
import { lightFirstFrame } from './app/lightFirstFrame';
import { PageState } from './app/pageState';
import { startPresenter } from './app/presenterView';
import { redrawWhatMoves } from './app/redrawWhatMoves';
import { renderOnDemand } from './app/renderOnDemand';
import { startGame } from './app/startGame';
import { createAudioDirector } from './audio/createAudioDirector';
import { unlockOnFirstGesture } from './audio/unlockOnFirstGesture';
import { browserStorage } from './platform/storedSettings';
import { DomLayer } from './ui/DomLayer';

function element(id: string): HTMLElement {
  const found = document.getElementById(id);
  if (!found) throw new Error(`index.html is missing its #${id} element`);
  return found;
}

const params = new URLSearchParams(window.location.search);

// ?presenter: the facilitator's second window, with no game of its own.
if (params.has('presenter')) startPresenter(element('app'));
else startProjector();

/** The game itself: the projector's window in a facilitated session, or solo play. */
function startProjector(): void {
  let app: GameApp | undefined;
  installErrorScreen(() => app?.currentSaveBytes());

  const seedParam = params.get('seed');
  const seed = seedParam !== null && /^\d{1,9}$/.test(seedParam) ? Number(seedParam) : undefined;
  const dom = new DomLayer(element('ui-layer'));
  const audio = createAudioDirector();
  app = new GameApp({
    dom,
    page: new PageState(element('app'), element('announcer')),
    audio,
    storage: browserStorage(),
    fast: params.get('fast') === '1',
    seed,
    prefersReducedMotion: window.matchMedia('(prefers-reduced-motion: reduce)').matches,
  });
  const started = app;
  // ?facilitate in the address: games started from it are run for a room.
  if (params.has('facilitate')) started.facilitated = true;
  if (seedParam !== null && seed === undefined) {
    started.pendingNotice = `The seed "${seedParam}" in the address is not a whole number, so each new game gets its own season.`;
  }
  unlockOnFirstGesture(window, () => audio.unlock());
  audio.startMusic();
  installKeyboard(dom, {
    escape: () => {
      const overlays = started.overlays;
      if (overlays?.mode) overlays.close();
      else if (started.page.screen !== 'title' && started.page.screen !== 'loading')
        overlays?.open('pause');
    },
    keys: () => {
      const overlays = started.overlays;
      if (overlays?.mode === 'keys') overlays.close();
      else overlays?.open('keys');
    },
    mute: () => started.toggleMute(),
    room: (key) => started.room?.key(key) ?? false,
  });
  started.openPresenter = () => {
    window.open('./?presenter', 'coach-or-rescue-presenter', 'popup=yes,width=1400,height=900');
  };

  const game = startGame(element('game'), started);
  game.events.once('ready', () => {
    element('app').setAttribute(
      'data-renderer',
      game.renderer.type === Phaser.WEBGL ? 'webgl' : 'canvas',
    );
    dom.attach(game.canvas);
    game.scale.on(Phaser.Scale.Events.RESIZE, () => dom.fit());
    started.wake = renderOnDemand(game, redrawWhatMoves(game).woken);
    lightFirstFrame(game, () => started.page.screen !== 'loading', started.wake);
  });
}
