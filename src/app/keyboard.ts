/**
 * The game's keys, on top of the DOM buttons' own (Tab moves focus, Enter
 * and Space press the focused button): number keys pick choices, Enter or
 * Space press the screen's main button when nothing has focus, Escape opens
 * the pause menu or closes what is open, M mutes, ? shows the keys.
 */
import type { DomLayer } from '../ui/DomLayer';

export interface KeyHandlers {
  escape(): void;
  keys(): void;
  mute(): void;
  /** A facilitated session's keys, heard first: true when the room took the key. */
  room?(key: string): boolean;
}

export const keyHelp: readonly { keys: string; does: string }[] = [
  { keys: 'Tab / Shift+Tab', does: 'Move between buttons' },
  { keys: 'Enter or Space', does: 'Press the button with focus, or go on' },
  { keys: '1 – 9', does: 'Pick the numbered choice' },
  { keys: 'Escape', does: 'Pause menu; close what is open' },
  { keys: 'M', does: 'Sound on or off' },
  { keys: '?', does: 'Show these keys' },
];

export function installKeyboard(dom: DomLayer, handlers: KeyHandlers): () => void {
  const onKey = (event: KeyboardEvent) => {
    if (event.defaultPrevented || event.ctrlKey || event.metaKey || event.altKey) return;
    if (document.getElementById('error-screen') || document.querySelector('.dom-page')) return;
    const { key } = event;
    if (!event.repeat && handlers.room?.(key)) {
      event.preventDefault();
      return;
    }
    if (key === 'Escape') {
      event.preventDefault();
      if (!event.repeat) handlers.escape();
      return;
    }
    if (event.repeat) return;
    if (key === '?') {
      event.preventDefault();
      handlers.keys();
      return;
    }
    if (key === 'm' || key === 'M') {
      handlers.mute();
      return;
    }
    if (/^[1-9]$/.test(key)) {
      if (dom.pressShortcut(Number(key))) event.preventDefault();
      return;
    }
    if (key === 'Enter' || key === ' ') {
      // A focused button answers Enter and Space itself.
      if (dom.owns(event.target)) return;
      if (dom.pressPrimary()) event.preventDefault();
    }
  };
  window.addEventListener('keydown', onKey);
  return () => window.removeEventListener('keydown', onKey);
}
