/** What a decision did to the people, in one line of words (the decision screen's and the log's). */
import type { PersonEffect } from '../sim/decisionEffects';
import { signedPoints } from '../ui/format';

/** One rep's changes: "capability +2, ownership +1". */
export const changesOf = (effect: PersonEffect) =>
  effect.changes.map((change) => `${change.stock} ${signedPoints(change.delta)}`).join(', ');

/** The others' changes after the first: once when they all moved alike (a rescue's ripple). */
function othersWords(others: readonly PersonEffect[]): string | undefined {
  const ripple = others[0] ? changesOf(others[0]) : '';
  if (others.length > 2 && others.every((effect) => changesOf(effect) === ripple)) {
    return `the rest of the team: ${ripple} each`;
  }
  return others.length > 0
    ? others.map((effect) => `${effect.name}: ${changesOf(effect)}`).join('. ')
    : undefined;
}

/** What it did to the rep it was about, then to the others, without the rep's name. */
export function effectWordsFor(effects: readonly PersonEffect[], repId: string): string {
  const own = effects.find((effect) => effect.repId === repId);
  const others = othersWords(effects.filter((effect) => effect !== own));
  const words = [own ? changesOf(own) : undefined, others].filter(Boolean);
  return words.length > 0 ? `${words.join('; ')}.` : 'Nobody’s meters moved.';
}

export function effectWords(effects: readonly PersonEffect[]): string {
  const [first, ...others] = effects;
  if (!first) return 'Nobody’s meters moved.';
  const rest = othersWords(others);
  const said = `${first.name}: ${changesOf(first)}`;
  if (!rest) return `${said}.`;
  return `${said}. ${rest.charAt(0).toUpperCase()}${rest.slice(1)}.`;
}
