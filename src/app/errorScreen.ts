/**
 * The friendly screen for an error the game did not expect: what happened in
 * plain words, a button to download the current save, and one to reload. It
 * is plain DOM, so it works even when the canvas does not.
 */
import { saveDownloadHref } from './saves';

export const saveFileName = 'coach-or-rescue-save.json';

/** Downloads these bytes as the save file (or, given a type, as another kind of file). */
export function downloadSave(bytes: string, fileName = saveFileName, type?: string): void {
  const link = document.createElement('a');
  link.href = saveDownloadHref(bytes, type);
  link.download = fileName;
  link.hidden = true;
  document.body.append(link);
  link.click();
  link.remove();
}

function describe(reason: unknown): string {
  if (reason instanceof Error) return reason.message;
  if (typeof reason === 'string') return reason;
  try {
    return JSON.stringify(reason);
  } catch {
    return String(reason);
  }
}

export function showErrorScreen(detail: string, saveBytes: () => string | undefined): void {
  if (document.getElementById('error-screen')) return;
  for (const id of ['game', 'ui-layer']) {
    const element = document.getElementById(id);
    if (element) element.inert = true;
  }
  const screen = document.createElement('section');
  screen.id = 'error-screen';
  screen.setAttribute('role', 'alertdialog');
  screen.setAttribute('aria-modal', 'true');
  screen.setAttribute('aria-labelledby', 'error-screen-heading');
  screen.setAttribute('aria-describedby', 'error-screen-text');
  const heading = document.createElement('h1');
  heading.id = 'error-screen-heading';
  heading.textContent = 'Sorry, something went wrong';
  const text = document.createElement('p');
  text.id = 'error-screen-text';
  text.textContent =
    'The game ran into a problem it could not recover from. Your game is saved in this browser up to the last thing you did. Download the save to keep a copy, then reload to carry on.';
  const technical = document.createElement('p');
  technical.className = 'error-detail';
  technical.textContent = `Details for the facilitator: ${detail}`;
  const actions = document.createElement('div');
  actions.className = 'error-actions';
  const download = document.createElement('button');
  download.type = 'button';
  download.dataset.action = 'choose';
  download.textContent = 'Download the current save';
  const bytes = saveBytes();
  if (bytes === undefined) {
    download.disabled = true;
    download.textContent = 'No save to download yet';
  }
  download.addEventListener('click', () => {
    const current = saveBytes();
    if (current !== undefined) downloadSave(current);
  });
  const reload = document.createElement('button');
  reload.type = 'button';
  reload.dataset.action = 'continue';
  reload.textContent = 'Reload the game';
  reload.addEventListener('click', () => window.location.reload());
  actions.append(download, reload);
  screen.append(heading, text, technical, actions);
  document.getElementById('app')?.append(screen);
  (bytes === undefined ? reload : download).focus();
}

/** Shows the error screen on any uncaught error or unhandled rejection. */
export function installErrorScreen(saveBytes: () => string | undefined): void {
  window.addEventListener('error', (event) => {
    showErrorScreen(describe(event.error ?? event.message), saveBytes);
  });
  window.addEventListener('unhandledrejection', (event) => {
    showErrorScreen(describe(event.reason), saveBytes);
  });
}
