/**
 * The session the scenes talk to: moves go through the season machine,
 * rejections come back as messages, every move and week is saved, and a
 * session restored from its save shows the same board.
 */
import { describe, expect, test } from 'vitest';
import { GameSession } from '../../src/app/GameSession';
import { loadSave } from '../../src/app/saves';
import type { Scenario } from '../../src/content/scenario';
import { makeSetup } from '../support/setups';

function memoryStorage() {
  const items = new Map<string, string>();
  return {
    items,
    getItem: (key: string) => items.get(key) ?? null,
    setItem: (key: string, value: string) => void items.set(key, value),
    removeItem: (key: string) => void items.delete(key),
  };
}

const setup = makeSetup();
const scenario: Scenario = {
  file: 'scenarios/test.json',
  id: 'test',
  title: 'Test season',
  summary: 'A test.',
  weeks: setup.weeks,
  learningGoals: ['Tests pass.'],
  debriefQuestions: ['Did it work?'],
  setup,
  stories: {},
};

function session(storage = memoryStorage(), snapshot?: unknown) {
  const emitted: string[] = [];
  const made = new GameSession({
    scenario,
    fingerprint: 'abcd1234',
    seed: 4,
    storage,
    ...(snapshot ? { snapshot } : {}),
    onEmitted: (event) => emitted.push(event.type),
  });
  return { session: made, storage, emitted };
}

describe('GameSession', () => {
  test('a rejected move comes back as the model’s message and changes nothing', () => {
    const { session: game } = session();
    const early = game.state.deals.find((d) => d.status === 'qualify')!;
    const before = game.state;
    const result = game.rescue(early.id, 'discount');
    expect(result).toEqual({ ok: false, message: expect.stringContaining('nothing to rescue') });
    expect(game.state).toBe(before);
    game.dispose();
  });

  test('moves and weeks are saved, and a restored session shows the same board', () => {
    const { session: game, storage, emitted } = session();
    const early = game.state.deals.find((d) => d.status === 'qualify')!;
    expect(game.coach(early.id, 'ask')).toEqual({ ok: true });
    expect(emitted).toContain('deal.coached');
    expect(game.endWeek()).toBe(1);
    expect(game.endWeek()).toBe(2);
    expect(emitted.filter((t) => t === 'week.advanced')).toHaveLength(2);
    const loaded = loadSave(storage);
    expect(loaded.kind).toBe('ok');
    if (loaded.kind !== 'ok') return;
    expect(loaded.save).toMatchObject({
      scenarioId: 'test',
      scenarioVersion: 'abcd1234',
      seed: 4,
      savedWeek: 3,
    });
    const board = game.board();
    game.dispose();

    const { session: restored } = session(memoryStorage(), loaded.save.snapshot);
    expect(restored.week).toBe(3);
    expect(restored.board()).toEqual(board);
    // And it plays on exactly like the first would have.
    restored.endWeek();
    expect(restored.report(3)?.headline).toMatch(/^Week 3:/);
    restored.dispose();
  });

  test('letting a loss go is a decision: the lesson goes, and so does the inbox item', () => {
    const { session: game } = session();
    for (
      let week = 0;
      week < 8 && !game.board().inbox.some((i) => i.kind === 'loss-to-review');
      week += 1
    ) {
      game.endWeek();
    }
    const loss = game.board().inbox.find((i) => i.kind === 'loss-to-review');
    expect(loss, 'a loss to review within eight weeks').toBeDefined();
    expect(game.stayOut(loss!.dealId)).toEqual({ ok: true });
    const rep = game.state.reps.find((r) => r.id === loss!.repId)!;
    expect(rep.lessons.some((lesson) => lesson.dealId === loss!.dealId)).toBe(false);
    expect(game.state.log.at(-1)).toMatchObject({
      kind: 'stayedOut',
      subject: loss!.dealId,
      detail: 'lesson',
    });
    expect(
      game.board().inbox.some((i) => i.dealId === loss!.dealId && i.kind === 'loss-to-review'),
    ).toBe(false);
    game.dispose();
  });
});
