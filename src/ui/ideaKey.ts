/** Short words for the deal-strategy ideas, for the key to the warning icons on the board. */
import type { DealIdea } from '../sim/vocabulary';

export const ideaKeyWords: Record<DealIdea, string> = {
  'business-goal': 'Goal',
  'decision-process': 'Who decides',
  champion: 'Champion',
  competition: 'Competition',
  value: 'Value',
  'compelling-event': 'Their date',
};
