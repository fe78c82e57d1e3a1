import { expect, test } from 'vitest';
import { roomVoteWords } from '../../src/app/roomVoteWords';

test('how the room voted, in a sentence', () => {
  expect(
    roomVoteWords({
      votes: 6,
      chosen: [
        { action: 'rescue', times: 4 },
        { action: 'stay-out', times: 2 },
      ],
      overridden: 1,
    }),
  ).toBe(
    'The room chose rescue 4 of 6 times, stay out 2 of 6 (6 votes). The facilitator overrode the majority once.',
  );
  expect(roomVoteWords({ votes: 0, chosen: [], overridden: 0 })).toBe(
    'The room has not voted yet.',
  );
});
