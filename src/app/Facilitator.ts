/**
 * A facilitated session's wiring: the room machine beside the season, told
 * every screen the game opens; the room layer drawn from it; the game frozen
 * while the room is paused; the countdown's clock; and the facilitator's
 * controls, the same whether they come from a key, a click on the bar, or
 * the presenter window.
 */
import { type Actor, createActor } from 'xstate';
import type { RoomPrompt } from '../content/roomPrompts';
import { roomBeat, roomMachine } from '../machines/roomMachine';
import { type RoomControls, RoomLayer, type RoomView } from '../ui/RoomLayer';

/** What the room needs of the game: to stop it dead and start it again. */
export interface RoomHost {
  freeze(): void;
  thaw(): void;
}

export interface FacilitatorOptions {
  game: HTMLElement;
  prompts: RoomPrompt[];
  weeks: number;
  host: RoomHost | undefined;
  /** Presses the screen's main button (what Enter does when nothing has focus). */
  pressPrimary(): void;
  openPresenter(): void;
  announce(text: string): void;
}

/** The facilitator's keys, as the keys overlay lists them. */
export const roomKeyHelp: readonly { keys: string; does: string }[] = [
  { keys: '→ or N', does: 'Advance to the next step' },
  { keys: 'P', does: 'Pause or resume: all freezes' },
  { keys: 'R', does: 'Reveal the consequences' },
  { keys: 'D', does: 'Open a discussion prompt' },
  { keys: 'W', does: 'Open the presenter view' },
];

const advanceKeys = new Set(['ArrowRight', 'PageDown', 'n', 'N']);

export class Facilitator implements RoomControls {
  private readonly actor: Actor<typeof roomMachine>;
  private readonly layer: RoomLayer;
  private readonly clock: ReturnType<typeof setInterval>;
  private readonly listeners = new Set<(view: RoomView) => void>();
  private frozen = false;

  constructor(private readonly options: FacilitatorOptions) {
    this.actor = createActor(roomMachine, { input: { prompts: options.prompts } });
    this.layer = new RoomLayer(options.game, this);
    this.actor.subscribe(() => this.changed());
    this.actor.start();
    this.clock = setInterval(() => this.actor.send({ type: 'room.tick' }), 1000);
    this.changed();
  }

  get view(): RoomView {
    const snapshot = this.actor.getSnapshot();
    const { context } = snapshot;
    return {
      step: context.step,
      week: context.week,
      weeks: this.options.weeks,
      beat: roomBeat(context),
      paused: snapshot.value === 'paused',
      card: context.card,
    };
  }

  /** Hears every change of the room (the presenter window follows it); returns the way to stop. */
  listen(listener: (view: RoomView) => void): () => void {
    this.listeners.add(listener);
    return () => this.listeners.delete(listener);
  }

  private changed(): void {
    const view = this.view;
    if (view.paused !== this.frozen) {
      this.frozen = view.paused;
      if (view.paused) this.options.host?.freeze();
      else this.options.host?.thaw();
      this.options.announce(view.paused ? 'Paused.' : 'Resumed.');
    }
    this.layer.show(view);
    for (const listener of this.listeners) listener(view);
  }

  /** The game opened a screen. */
  entered(screen: string, week: number): void {
    // The title may redraw once more as the room's text size takes hold: not a step of the room.
    if (screen === 'title') return;
    this.actor.send({ type: 'screen.entered', screen, week });
  }

  advance(): void {
    const { card, paused } = this.view;
    if (paused) return;
    if (card.kind === 'hidden') this.reveal();
    else if (card.kind === 'prompt') this.actor.send({ type: 'prompt.close' });
    else this.options.pressPrimary();
  }

  pause(): void {
    this.actor.send({ type: 'room.pause' });
  }

  reveal(): void {
    if (this.view.card.kind !== 'hidden') return;
    this.actor.send({ type: 'room.reveal' });
    this.options.announce('The consequences, revealed.');
  }

  prompt(): void {
    this.actor.send({ type: 'room.prompt' });
  }

  presenter(): void {
    this.options.openPresenter();
  }

  /** A facilitator's key: true when the room took it (nothing else should act on it). */
  key(key: string): boolean {
    const view = this.view;
    if (key === 'p' || key === 'P') this.pause();
    else if (view.paused) return key !== '?';
    else if (key === 'r' || key === 'R') this.reveal();
    else if (key === 'd' || key === 'D') this.prompt();
    else if (key === 'w' || key === 'W') this.presenter();
    else if (advanceKeys.has(key)) this.advance();
    else if (view.card.kind !== 'none' && (key === 'Enter' || key === ' ')) this.advance();
    // While a card shows, the game under it hears nothing but the keys list.
    else return view.card.kind !== 'none' && key !== '?';
    return true;
  }

  dispose(): void {
    clearInterval(this.clock);
    this.actor.stop();
    this.layer.remove();
    if (this.frozen) this.options.host?.thaw();
    this.listeners.clear();
  }
}
