/** How the room voted, in a sentence: "The room chose rescue 4 of 6 times, coach 2 of 6." */
import type { RoomVoteSummary } from '../sim/roomVotes';
import { plural } from '../ui/format';

const actionNames: Record<string, string> = {
  coach: 'coach',
  rescue: 'rescue',
  'stay-out': 'stay out',
  review: 'review',
  choose: 'another answer',
};

export function roomVoteWords(summary: RoomVoteSummary): string {
  if (summary.votes === 0) return 'The room has not voted yet.';
  const [first, ...rest] = summary.chosen.map(
    (choice) =>
      `${actionNames[choice.action] ?? choice.action} ${choice.times} of ${summary.votes}`,
  );
  const overridden =
    summary.overridden > 0
      ? ` The facilitator overrode the majority ${summary.overridden === 1 ? 'once' : `${summary.overridden} times`}.`
      : '';
  const others = rest.length > 0 ? `, ${rest.join(', ')}` : '';
  return `The room chose ${first} ${summary.votes === 1 ? 'time' : 'times'}${others} (${plural(summary.votes, 'vote')}).${overridden}`;
}
