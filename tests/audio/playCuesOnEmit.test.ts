import { describe, expect, test } from 'vitest';
import { createActor, emit, setup } from 'xstate';
import { playCuesOnEmit } from '../../src/audio/playCuesOnEmit';
import type { CueKey } from '../../src/audio/soundKeys';

/** A stand-in for the season machine: it emits whatever event it is told to. */
const emitter = setup({
  types: {
    events: {} as { type: 'say'; emitted: string },
    emitted: {} as { type: string },
  },
}).createMachine({
  on: {
    say: { actions: emit(({ event }) => ({ type: event.emitted })) },
  },
});

describe('playCuesOnEmit', () => {
  test('emitted machine events play their cues; other events play nothing', () => {
    const actor = createActor(emitter).start();
    const played: CueKey[] = [];
    const stop = playCuesOnEmit(actor, { play: (cue) => played.push(cue) });
    for (const emitted of ['week.advanced', 'rep.quit', 'deal.rescued', 'deal.won']) {
      actor.send({ type: 'say', emitted });
    }
    expect(played).toEqual(['week-tick', 'rescue', 'deal-won']);
    stop();
    actor.send({ type: 'say', emitted: 'deal.lost' });
    expect(played).toHaveLength(3);
    actor.stop();
  });
});
