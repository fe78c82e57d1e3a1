import { describe, expect, test } from 'vitest';
import { createActor } from 'xstate';
import type { RoomPrompt } from '../../src/content/roomPrompt';
import { roomBeat, roomMachine } from '../../src/machines/roomMachine';

const prompts: RoomPrompt[] = [
  { week: 1, at: 'results', text: 'Who would have rescued?', seconds: 3 },
  { week: 2, at: 'week', text: 'Look at the team first.' },
];

function room() {
  const actor = createActor(roomMachine, { input: { prompts } }).start();
  const at = (screen: string, week: number) => actor.send({ type: 'screen.entered', screen, week });
  return { actor, at, context: () => actor.getSnapshot().context };
}

describe('the room’s pacing', () => {
  test('a week’s consequences stay hidden until revealed, then its prompt opens with its countdown', () => {
    const { actor, at, context } = room();
    at('week', 1);
    expect(context().card).toEqual({ kind: 'none' });
    at('results', 1);
    expect(context().card).toEqual({ kind: 'hidden', week: 1 });
    expect(roomBeat(context())).toBe('consequences');
    // Ticks do nothing to a hidden card.
    actor.send({ type: 'room.tick' });
    expect(context().card).toEqual({ kind: 'hidden', week: 1 });
    actor.send({ type: 'room.reveal' });
    expect(context().revealed).toEqual([1]);
    expect(context().card).toMatchObject({
      kind: 'prompt',
      text: 'Who would have rescued?',
      remaining: 3,
    });
    expect(roomBeat(context())).toBe('discuss');
    for (let i = 0; i < 5; i += 1) actor.send({ type: 'room.tick' });
    expect(context().card).toMatchObject({ kind: 'prompt', remaining: 0 });
    actor.send({ type: 'prompt.close' });
    expect(context().card).toEqual({ kind: 'none' });
    // Back on the same results (a redraw): revealed stays revealed, the prompt does not reopen.
    at('week', 2);
    expect(context().card).toMatchObject({
      kind: 'prompt',
      text: 'Look at the team first.',
      remaining: null,
    });
    actor.send({ type: 'prompt.close' });
    at('results', 1);
    expect(context().card).toEqual({ kind: 'none' });
  });

  test('paused, the countdown stops and nothing but resuming is heard', () => {
    const { actor, at, context } = room();
    at('results', 1);
    actor.send({ type: 'room.reveal' });
    actor.send({ type: 'room.pause' });
    expect(actor.getSnapshot().value).toBe('paused');
    actor.send({ type: 'room.tick' });
    actor.send({ type: 'prompt.close' });
    expect(context().card).toMatchObject({ kind: 'prompt', remaining: 3 });
    actor.send({ type: 'room.pause' });
    expect(actor.getSnapshot().value).toBe('running');
    actor.send({ type: 'room.tick' });
    expect(context().card).toMatchObject({ kind: 'prompt', remaining: 2 });
  });

  test('the facilitator can open a discussion at any beat, and every step is counted', () => {
    const { actor, at, context } = room();
    at('week', 3);
    at('decision', 3);
    expect(context().step).toBe(2);
    expect(roomBeat(context())).toBe('decide');
    actor.send({ type: 'room.prompt' });
    expect(context().card).toMatchObject({ kind: 'prompt', remaining: null });
    expect(context().step).toBe(3);
    // The same screen again is not a new step.
    at('decision', 3);
    expect(context().step).toBe(3);
  });
});
