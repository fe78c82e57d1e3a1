/**
 * A facilitated session's wiring: the room machine beside the season, told
 * every screen the game opens; the room layer drawn from it; the game frozen
 * while the room is paused; the countdown's clock; and the facilitator's
 * controls, the same whether they come from a key, a click on the bar, or
 * the presenter window.
 */
import { type Actor, createActor } from 'xstate';
import type { RoomPrompt } from '../content/roomPrompt';
import { roomBeat, roomMachine } from '../machines/roomMachine';
import type { RoomVote } from '../sim/session';
import { type RoomControls, RoomLayer, type RoomView } from '../ui/RoomLayer';
import { RoomVoteCard, type VoteOption, voteLetters } from '../ui/RoomVote';

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
  /** Puts the room's vote in the session log (the week and the deal are the session's to add). */
  recordVote(vote: Pick<RoomVote, 'options' | 'tally' | 'chosen' | 'overridden'>): void;
}

/** The decision's numbered options, as the DOM layer has them. */
function screenOptions(): { option: VoteOption; button: HTMLButtonElement }[] {
  return [
    ...document.querySelectorAll<HTMLButtonElement>('#ui-layer .ui-screen button[data-shortcut]'),
  ].map((button) => ({
    button,
    option: {
      action: button.dataset.action ?? 'choose',
      label: button.querySelector('span')?.textContent ?? button.textContent ?? '',
      unavailable: button.getAttribute('aria-disabled') === 'true',
    },
  }));
}

/** The facilitator's keys, as the keys overlay lists them. */
export const roomKeyHelp: readonly { keys: string; does: string }[] = [
  { keys: '→ or N', does: 'Advance to the next step' },
  { keys: 'P', does: 'Pause or resume: all freezes' },
  { keys: 'R', does: 'Reveal the consequences' },
  { keys: 'D', does: 'Open a discussion prompt' },
  { keys: 'V', does: 'Room vote: A, B, C… count hands' },
  { keys: 'W', does: 'Open the presenter view' },
];

const advanceKeys = new Set(['ArrowRight', 'PageDown', 'n', 'N']);

export class Facilitator implements RoomControls {
  private readonly actor: Actor<typeof roomMachine>;
  private readonly layer: RoomLayer;
  private readonly clock: ReturnType<typeof setInterval>;
  private readonly listeners = new Set<(view: RoomView) => void>();
  private frozen = false;
  private vote: { card: RoomVoteCard; options: VoteOption[]; tally: number[] } | undefined;

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
    // Each decision opens with the room's vote once its options are drawn; so does each new
    // set of options a decision shows (a conversation's next line), seen in the DOM layer.
    this.hideVote();
    this.watching?.disconnect();
    this.watching = undefined;
    this.offered = '';
    if (screen !== 'decision') return;
    const screenGroup = document.querySelector('#ui-layer .ui-screen');
    const offer = () => {
      const { card, paused } = this.view;
      const options = screenOptions()
        .map(({ option }) => option.label)
        .join('\n');
      if (options === '' || options === this.offered) return;
      if (card.kind === 'none' && !paused && !this.vote && this.openVote()) this.offered = options;
    };
    setTimeout(offer, 0);
    if (screenGroup) {
      this.watching = new MutationObserver(() => setTimeout(offer, 0));
      this.watching.observe(screenGroup, { childList: true });
    }
  }

  /** Watches the decision's buttons for a new set of options. */
  private watching: MutationObserver | undefined;
  /** The options the vote was last opened on (so the same ones are not offered twice). */
  private offered = '';

  /** Opens the room's vote on the decision's options; false when there are none to vote on. */
  openVote(): boolean {
    const options = screenOptions().map(({ option }) => option);
    if (this.vote || options.length === 0 || this.view.paused) return false;
    const heading =
      document.querySelector('#ui-layer .ui-screen .ui-description h1')?.textContent ??
      'What does the room choose?';
    const card = new RoomVoteCard(heading, options.slice(0, voteLetters.length), {
      count: (index, change) => this.count(index, change),
      apply: (index) => this.applyVote(index),
      hide: () => this.hideVote(),
    });
    this.vote = {
      card,
      options: options.slice(0, voteLetters.length),
      tally: options.map(() => 0),
    };
    card.show(this.vote.tally);
    this.layer.covered(true);
    this.options.announce(
      `Room vote: ${options.length} options, A to ${voteLetters[options.length - 1]}.`,
    );
    return true;
  }

  hideVote(): void {
    if (!this.vote) return;
    this.vote.card.remove();
    this.vote = undefined;
    this.layer.covered(false);
  }

  private count(index: number, change: 1 | -1): void {
    const vote = this.vote;
    if (!vote || index >= vote.tally.length) return;
    vote.tally[index] = Math.max(0, vote.tally[index]! + change);
    vote.card.show(vote.tally);
    vote.card.say('');
  }

  /** Takes the majority's option, or (given one) the facilitator's; the log keeps the vote. */
  applyVote(pick?: number): void {
    const vote = this.vote;
    if (!vote) return;
    const most = Math.max(...vote.tally);
    const leaders = vote.tally.flatMap((count, index) => (count === most ? [index] : []));
    const majority = most > 0 && leaders.length === 1 ? leaders[0] : undefined;
    const chosen = pick ?? majority;
    if (chosen === undefined || chosen >= vote.options.length) {
      vote.card.say(
        most === 0
          ? 'No hands counted yet: add them with the letters, or take an option with its number.'
          : `A tie between ${leaders.map((i) => voteLetters[i]).join(' and ')}: take one with its number or its Take button.`,
      );
      return;
    }
    if (vote.options[chosen]!.unavailable) {
      vote.card.say(`${voteLetters[chosen]} is not possible now: take another.`);
      return;
    }
    this.options.recordVote({
      options: vote.options.map(({ action, label }) => ({ action, label })),
      tally: [...vote.tally],
      chosen,
      overridden: chosen !== majority,
    });
    this.hideVote();
    this.options.announce(`The room chose ${voteLetters[chosen]}.`);
    screenOptions()[chosen]?.button.click();
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

  /** A key while the vote is open: letters count, Enter applies, a number overrides. */
  private voteKey(key: string): boolean {
    const vote = this.vote!;
    const index = voteLetters.toLowerCase().indexOf(key.toLowerCase());
    if (key.length === 1 && index >= 0 && index < vote.tally.length)
      this.count(index, key === key.toLowerCase() ? 1 : -1);
    else if (key === 'Enter') this.applyVote();
    else if (/^[1-9]$/.test(key)) this.applyVote(Number(key) - 1);
    else if (key === 'v' || key === 'V' || key === 'Escape') this.hideVote();
    else return key !== '?';
    return true;
  }

  /** A facilitator's key: true when the room took it (nothing else should act on it). */
  key(key: string): boolean {
    const view = this.view;
    if (key === 'p' || key === 'P') this.pause();
    else if (view.paused) return key !== '?';
    else if (this.vote && view.card.kind === 'none') return this.voteKey(key);
    else if ((key === 'v' || key === 'V') && view.card.kind === 'none') this.openVote();
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
    this.watching?.disconnect();
    this.hideVote();
    clearInterval(this.clock);
    this.actor.stop();
    this.layer.remove();
    if (this.frozen) this.options.host?.thaw();
    this.listeners.clear();
  }
}
