/**
 * What led to this, in words: each outcome's title, and each link of its
 * chain as a sentence a player reads ("Week 4: you rescued Testco, giving a
 * discount: Ana's ownership −4, morale −2"), and the chains as the table the
 * DOM layer holds. A deal's hidden strategy is told as its chances rising or
 * falling, never as a number.
 */
import type { CauseChain, CauseLink, OutcomeKind } from '../sim/outcomeCauses';
import type { DescriptionTable } from '../ui/DomLayer';
import { hours, money, signedPoints } from '../ui/format';
import type { DebriefChart } from './debriefCharts';

/** The chart each kind of outcome is read against, its chain's weeks marked on it. */
export const chainCharts: Record<OutcomeKind, DebriefChart> = {
  dealLost: 'capability',
  discount: 'bookings',
  repQuit: 'morale',
  burnout: 'energy',
};

const capital = (text: string) => text.charAt(0).toUpperCase() + text.slice(1);

export function outcomeTitle(chain: CauseChain, currency: string): string {
  const { outcome, names } = chain;
  const who = names[outcome.subject] ?? outcome.subject;
  const rep = outcome.repId ? names[outcome.repId] : undefined;
  switch (outcome.kind) {
    case 'dealLost':
      return `${who} lost${rep ? ` (${rep}'s deal)` : ''}, week ${outcome.week}`;
    case 'discount':
      return `${who} won with ${money(outcome.discount ?? 0, currency)} off, week ${outcome.week}`;
    case 'repQuit':
      return `${who} quit, week ${outcome.week}`;
    case 'burnout':
      return `You burned out, week ${outcome.week}`;
  }
}

/** The same, short enough for a button in the list. */
export function outcomeLabel(chain: CauseChain): string {
  const { outcome, names } = chain;
  const who = names[outcome.subject] ?? outcome.subject;
  const what: Record<OutcomeKind, string> = {
    dealLost: `Lost ${who}`,
    discount: `Discount on ${who}`,
    repQuit: `${who} quit`,
    burnout: 'You burned out',
  };
  return `W${outcome.week} · ${what[outcome.kind]}`;
}

export function linkWeeks(link: CauseLink): string {
  return link.lastWeek ? `Weeks ${link.week}–${link.lastWeek}` : `Week ${link.week}`;
}

const concessionWords: Record<string, string> = {
  discount: ', giving a discount',
  'free-services': ', giving free services',
  none: ', giving nothing away',
};

/** What happened under the link's cause. */
function happening(link: CauseLink, names: Record<string, string>): string {
  const noted = link.noted;
  const deal = noted ? (names[noted.subject] ?? 'a deal') : 'a deal';
  const rep = (id: string | undefined) => (id ? (names[id] ?? 'a rep') : 'the rep');
  // Take-overs summed over weeks are many requests, not the one first noted.
  if (link.cause === 'week.takeOver' && (link.lastWeek || !noted))
    return 'requests you left were taken over';
  switch (noted?.kind) {
    case 'dealArrived':
      return `${deal} came in to ${rep(noted.detail)}`;
    case 'helpRequested':
      return `${rep(noted.detail)} asked you for help on ${deal}`;
    case 'tookOver':
      return `the request on ${deal} was left, so you took it over at the week's end`;
    case 'dealStalled':
      return `${deal} stalled`;
    case 'rescued':
      return `${link.why}${concessionWords[noted.detail ?? ''] ?? ''}`;
    case 'stayedOut':
      if (noted.detail === 'handedBack') return `you handed ${deal} back to its rep`;
      if (noted.detail === 'lesson') return `you let the lesson of ${deal} go`;
      return link.why;
    default:
      if (link.hours)
        return `${hours(link.hours.demanded)} asked of you in a ${hours(link.hours.normal)} week`;
      return link.why;
  }
}

/** The stock changes a link made, by whom: "Ana's ownership −4, morale −2; Testco's chances fell". */
function changeWords(link: CauseLink, names: Record<string, string>): string {
  const bySubject = new Map<string, string[]>();
  for (const change of link.changes) {
    const words =
      change.stock === 'quality'
        ? `chances ${change.delta < 0 ? 'fell' : 'rose'}`
        : `${change.stock} ${signedPoints(change.delta)}`;
    bySubject.set(change.subject, [...(bySubject.get(change.subject) ?? []), words]);
  }
  return [...bySubject.entries()]
    .map(([subject, words]) => {
      const who = subject === 'manager' ? 'your' : `${names[subject] ?? subject}'s`;
      return `${who} ${words.join(', ')}`;
    })
    .join('; ');
}

/** The link as a sentence without its weeks (the table has a column for them). */
export function linkWords(link: CauseLink, names: Record<string, string>): string {
  const changes = changeWords(link, names);
  return `${capital(happening(link, names))}${changes ? `: ${changes}` : ''}.`;
}

export function linkSentence(link: CauseLink, names: Record<string, string>): string {
  return `${linkWeeks(link)}: ${linkWords(link, names)}`;
}

export const noOutcomes =
  'No deal was lost, nobody quit, you never burned out and no win was bought with a discount.';

export function causesTable(chains: readonly CauseChain[], currency: string): DescriptionTable {
  return {
    caption:
      'What led to each outcome: for every lost deal, discount, rep who quit and burnout, the earlier decisions and changes that fed it',
    head: ['Outcome', 'When', 'What fed it'],
    rows:
      chains.length === 0
        ? [['None', '', noOutcomes]]
        : chains.flatMap((chain) => {
            const title = outcomeTitle(chain, currency);
            if (chain.links.length === 0)
              return [[title, `Week ${chain.outcome.week}`, 'Nothing earlier in the log fed it.']];
            return chain.links.map((link) => [
              title,
              linkWeeks(link),
              linkWords(link, chain.names),
            ]);
          }),
    data: { debriefSection: 'causes' },
  };
}
