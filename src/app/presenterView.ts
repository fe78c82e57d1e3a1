/**
 * The presenter view: a second window (`?presenter`) for the facilitator's
 * laptop, kept in step with the projector over the room's channel. It shows
 * where the room is and what comes next, the facilitator's notes, the model's
 * hidden values (replayed from the session log the projector sends, through
 * the selectors), the debrief questions, and the controls, which drive the
 * projector as its own keys do. Plain DOM; the game itself is not started
 * here. When the projector closes, the view says so and can open it again.
 */
import shippedCatalogue from 'virtual:scenario-catalogue';
import type { CatalogueEntry } from '../content/scenarioCatalogue';
import { readSession } from '../content/sessionFile';
import { roomBeatNames } from '../machines/roomMachine';
import { hiddenValues } from '../sim/hiddenValues';
import { roomVoteSummary } from '../sim/roomVotes';
import { votesOf } from '../sim/session';
import { dealStageNames } from '../sim/vocabulary';
import { make, tableOf } from '../ui/domElements';
import { money, percent, points } from '../ui/format';
import { countdownWords, type RoomView } from '../ui/RoomLayer';
import { branchTable } from './branchComparison';
import { openRoomChannel, type RoomCommand, type RoomState } from './roomChannel';
import { roomVoteWords } from './roomVoteWords';

const commandKeys: Record<string, RoomCommand> = {
  ArrowRight: 'advance',
  PageDown: 'advance',
  n: 'advance',
  N: 'advance',
  p: 'pause',
  P: 'pause',
  r: 'reveal',
  R: 'reveal',
  d: 'prompt',
  D: 'prompt',
};

const controls: readonly { command: RoomCommand; action: string; key: string; label: string }[] = [
  { command: 'advance', action: 'step', key: '→', label: 'Advance' },
  { command: 'pause', action: 'pause', key: 'P', label: 'Pause / resume' },
  { command: 'reveal', action: 'reveal', key: 'R', label: 'Reveal' },
  { command: 'prompt', action: 'prompt', key: 'D', label: 'Discuss' },
];

/** An element with its text first, as this page reads best. */
const element = <K extends keyof HTMLElementTagNameMap>(
  tag: K,
  text?: string,
  className?: string,
) => make(tag, className, text);

function section(heading: string, ...children: HTMLElement[]): HTMLElement {
  const part = make('section', 'presenter-part');
  part.dataset.part = heading;
  part.append(element('h2', heading), ...children);
  return part;
}

function list(lines: readonly string[]): HTMLUListElement {
  const made = make('ul');
  for (const line of lines) made.append(element('li', line));
  return made;
}

function table(caption: string, head: readonly string[], rows: readonly string[][]) {
  return tableOf({ caption, head, rows });
}

/** What the facilitator does next, in a sentence. */
export function nextBeatWords(state: Pick<RoomState, 'screen' | 'week' | 'view'>): string {
  const { view, screen, week } = state;
  if (view.paused) return 'The room is paused. Resume (P) when the discussion is done.';
  if (view.card.kind === 'hidden')
    return `Ask what the room expects from week ${view.card.week}, then reveal the consequences (R).`;
  if (view.card.kind === 'prompt') return `Discussion: “${view.card.text}” Advance closes it.`;
  if (screen === 'decision')
    return 'A decision is open: let the room choose, then take the choice on the projector.';
  if (screen === 'results')
    return `Week ${week}'s results are on screen. Advance goes to the next week.`;
  if (screen === 'quarter') return 'The quarter review. Advance goes on to the next quarter.';
  if (screen === 'end' || screen === 'debrief') return 'The season is over: lead the debrief.';
  return `The board of week ${week}: the room decides where the hours go; advance ends the week.`;
}

function stepWords(view: RoomView): string {
  return `Step ${view.step} · Week ${view.week} of ${view.weeks} · ${view.paused ? 'Paused' : roomBeatNames[view.beat]}`;
}

export function startPresenter(
  root: HTMLElement,
  catalogue: readonly CatalogueEntry[] = shippedCatalogue,
): void {
  root.dataset.screen = 'presenter';
  root.dataset.week = '0';
  for (const child of [...root.children]) (child as HTMLElement).hidden = true;
  document.title = 'Coach or Rescue: presenter view';
  const page = make('div', 'presenter');
  const heading = element('h1', 'Presenter view');
  const status = element(
    'p',
    'Waiting for the projector: start a facilitated game there.',
    'presenter-status',
  );
  status.setAttribute('role', 'status');
  const where = element('p', '', 'presenter-where');
  const bar = make('div', 'presenter-controls');
  const channel = openRoomChannel((message) => {
    if (message.kind === 'state') show(message);
    else if (message.kind === 'closed') projectorClosed();
  });
  for (const control of controls) {
    const button = make('button', 'presenter-button');
    button.type = 'button';
    button.dataset.action = control.action;
    button.append(element('span', control.key, 'room-key'), element('span', ` ${control.label}`));
    button.addEventListener('click', () =>
      channel.post({ kind: 'command', command: control.command }),
    );
    bar.append(button);
  }
  const reopen = element('button', 'Open the projector window', 'presenter-button');
  reopen.type = 'button';
  reopen.dataset.action = 'continue';
  reopen.hidden = true;
  reopen.addEventListener('click', () => window.open('./?facilitate', 'coach-or-rescue-projector'));
  bar.append(reopen);
  const body = make('div', 'presenter-body');
  page.append(heading, status, where, bar, body);
  root.append(page);

  function projectorClosed(): void {
    status.textContent =
      'The projector window is closed. This view keeps its last figures; open the projector again and choose Continue.';
    reopen.hidden = false;
  }

  function show(state: RoomState): void {
    root.dataset.week = String(state.week);
    root.dataset.step = String(state.view.step);
    root.dataset.beat = state.view.paused ? 'paused' : state.view.beat;
    reopen.hidden = true;
    status.textContent = 'In step with the projector.';
    where.textContent = stepWords(state.view);
    const read = readSession(state.session, catalogue);
    const parts: HTMLElement[] = [];
    const next = element('p', nextBeatWords(state), 'presenter-next');
    if (state.view.card.kind === 'prompt' && state.view.card.remaining !== null) {
      next.append(element('strong', ` ${countdownWords(state.view.card.remaining)} left.`));
    }
    parts.push(section('Next', next));
    if (read.ok) {
      const scenario = read.entry.scenario;
      const notes = scenario.prompts
        .filter((prompt) => prompt.week >= state.week)
        .slice(0, 2)
        .map(
          (prompt) =>
            `Week ${prompt.week}, ${prompt.at === 'week' ? 'as the board opens' : 'after the reveal'}: “${prompt.text}”${prompt.notes ? ` — ${prompt.notes}` : ''}`,
        );
      parts.push(
        section(
          'Facilitator notes',
          list(
            notes.length > 0
              ? notes
              : ['No prompt marked from here on. The learning goals:', ...scenario.learningGoals],
          ),
        ),
      );
      const hidden = hiddenValues(read.state);
      const currency = read.state.currency;
      parts.push(
        section(
          'Hidden from the room',
          table(
            'Each open deal’s true strength and its odds today',
            ['Deal', 'Rep', 'Stage', 'Value', 'True strength', 'Odds', 'Help asked, because'],
            hidden.deals.map((deal) => [
              deal.customer,
              deal.repName,
              dealStageNames[deal.stage],
              money(deal.value, currency),
              points(deal.strength),
              percent(deal.odds),
              deal.helpCause === 'obstacle'
                ? 'a real obstacle'
                : deal.helpCause === 'habit'
                  ? 'habit'
                  : '',
            ]),
          ),
          table(
            `Each rep’s stocks (0–100); the manager’s energy is ${points(hidden.energy)}`,
            ['Rep', 'Capability', 'Ownership', 'Morale'],
            hidden.reps.map((rep) => [
              rep.name,
              points(rep.capability),
              points(rep.ownership),
              points(rep.morale),
            ]),
          ),
        ),
      );
      parts.push(
        section(
          'How the room voted',
          element('p', roomVoteWords(roomVoteSummary(votesOf(read.session))), 'presenter-votes'),
        ),
      );
      const branches = branchTable(scenario.setup, read.session, currency);
      if (branches) parts.push(section('The roads played', tableOf(branches)));
      parts.push(section('Debrief questions', list(scenario.debriefQuestions)));
    } else {
      parts.push(
        section(
          'Hidden from the room',
          element('p', `The session could not be read: ${read.reason}.`),
        ),
      );
    }
    body.replaceChildren(...parts);
  }

  window.addEventListener('keydown', (event) => {
    if (event.ctrlKey || event.metaKey || event.altKey || event.repeat) return;
    const command = commandKeys[event.key];
    if (!command) return;
    event.preventDefault();
    channel.post({ kind: 'command', command });
  });
  channel.post({ kind: 'hello' });
}
