import { expect, test } from 'vitest';
import { roomMessage } from '../../src/app/roomChannel';

test('only the room’s own messages are heard, and commands only from the list', () => {
  expect(roomMessage({ kind: 'command', command: 'reveal' })).toEqual({
    kind: 'command',
    command: 'reveal',
  });
  expect(roomMessage({ kind: 'command', command: 'delete-everything' })).toBeUndefined();
  expect(roomMessage({ kind: 'hello', extra: 1 })).toEqual({ kind: 'hello' });
  expect(roomMessage({ kind: 'state', screen: 'week', week: 2 })).toBeUndefined();
  expect(roomMessage('closed')).toBeUndefined();
  expect(roomMessage(null)).toBeUndefined();
  const state = { kind: 'state', screen: 'week', week: 2, session: '{}', view: { step: 1 } };
  expect(roomMessage(state)).toEqual(state);
});
