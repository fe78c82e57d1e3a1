/** What a decision did to the people, in one line of words (the decision screen's and the log's). */
import type { PersonEffect } from '../sim/decisionEffects';
import { signedPoints } from '../ui/format';

const changesOf = (effect: PersonEffect) =>
  effect.changes.map((change) => `${change.stock} ${signedPoints(change.delta)}`).join(', ');

export function effectWords(effects: readonly PersonEffect[]): string {
  const [first, ...others] = effects;
  if (!first) return 'Nobody’s meters moved.';
  // Many reps with the same small change (a rescue's ripple): say it once.
  const ripple = others[0] ? changesOf(others[0]) : '';
  if (others.length > 2 && others.every((effect) => changesOf(effect) === ripple)) {
    return `${first.name}: ${changesOf(first)}. The rest of the team: ${ripple} each.`;
  }
  return `${effects.map((effect) => `${effect.name}: ${changesOf(effect)}`).join('. ')}.`;
}
