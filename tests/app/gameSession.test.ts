/**
 * The session the scenes talk to: decisions go through the season machine,
 * rejections come back as messages, every accepted move is saved as the
 * session log, and a session read back from its save shows the same board.
 */
import { describe, expect, test } from 'vitest';
import { GameSession } from '../../src/app/GameSession';
import { readSave } from '../../src/app/saves';
import { coachingTalk } from '../../src/content/coachingTalk';
import { ruledPath } from '../../src/content/conversation';
import { fillLine } from '../../src/content/genericCoaching';
import { readSession } from '../../src/content/sessionFile';
import { newSession, type Session } from '../../src/sim/session';
import { shippedScenario } from '../content/support/shipped';
import { memoryStorage } from '../support/memoryStorage';
import { testCatalogue, testFingerprint, testScenario } from '../support/testScenario';

function start(
  session: Session = newSession('test', testFingerprint, 4),
  storage = memoryStorage(),
) {
  const emitted: string[] = [];
  const made = new GameSession({
    scenario: testScenario,
    session,
    storage,
    onEmitted: (event) => emitted.push(event.type),
  });
  return { game: made, storage, emitted };
}

function savedSession(storage: ReturnType<typeof memoryStorage>) {
  const saved = readSave(storage);
  if (saved.kind !== 'bytes') throw new Error('nothing saved');
  const read = readSession(saved.bytes, testCatalogue);
  if (!read.ok) throw new Error(read.reason);
  return { read, bytes: saved.bytes };
}

describe('GameSession', () => {
  test('a rejected move comes back as the model’s message and changes nothing', () => {
    const { game } = start();
    const early = game.state.deals.find((d) => d.status === 'qualify')!;
    const before = { state: game.state, session: game.session };
    const result = game.decide({ type: 'deal.rescue', dealId: early.id, concession: 'discount' });
    expect(result).toEqual({ ok: false, message: expect.stringContaining('nothing to rescue') });
    expect(game.state).toBe(before.state);
    expect(game.session).toBe(before.session);
    game.dispose();
  });

  test('an accepted move says what it did, and is saved', () => {
    const { game, storage, emitted } = start();
    const early = game.state.deals.find((d) => d.status === 'qualify')!;
    const result = game.decide({ type: 'deal.coach', dealId: early.id, style: 'ask' });
    expect(result).toMatchObject({ ok: true, id: 'd1' });
    const rep = result.ok ? result.effects.find((e) => e.repId === early.repId) : undefined;
    expect(rep?.changes.map((c) => c.stock).sort()).toEqual(['capability', 'morale', 'ownership']);
    expect(emitted).toContain('deal.coached');
    expect(savedSession(storage).read.session.branches[0]!.decisions).toEqual([
      { type: 'deal.coach', week: 1, dealId: early.id, style: 'ask' },
    ]);
    game.dispose();
  });

  test('the save is the log, a few KB; read back, it shows the same board and plays on the same', () => {
    const { game, storage, emitted } = start();
    for (let week = 1; week <= 4; week += 1) {
      const early = game.board().inbox.find((item) => item.kind === 'coach-window');
      if (early) game.decide({ type: 'deal.coach', dealId: early.dealId, style: 'ask' });
      expect(game.endWeek()).toBe(week);
    }
    expect(emitted.filter((t) => t === 'week.advanced')).toHaveLength(4);
    const { read, bytes } = savedSession(storage);
    expect(bytes.length).toBeLessThan(32_000);
    expect(read.state).toEqual(game.state);
    const board = game.board();
    game.endWeek();
    const after = game.state;
    game.dispose();

    const { game: restored } = start(read.session);
    expect(restored.week).toBe(5);
    expect(restored.board()).toEqual(board);
    restored.endWeek();
    expect(restored.state).toEqual(after);
    restored.dispose();
  });

  test('rewinding goes back to the start of a week on a new branch, and the save keeps both', () => {
    const { game, storage } = start();
    for (let week = 1; week <= 5; week += 1) game.endWeek();
    const atSix = game.state;
    expect(game.rewind(3)).toBe(true);
    expect(game.week).toBe(3);
    expect(game.rewind(9)).toBe(false);
    const saved = savedSession(storage).read.session;
    expect(saved.branches.map((b) => b.id)).toEqual(['main', saved.current]);
    game.endWeek();
    game.endWeek();
    game.endWeek();
    expect(game.state).toEqual(atSix);
    game.dispose();
  });

  test('letting a loss go is a decision: the lesson goes, and so does the inbox item', () => {
    const { game } = start();
    for (
      let week = 0;
      week < 8 && !game.board().inbox.some((i) => i.kind === 'loss-to-review');
      week += 1
    ) {
      game.endWeek();
    }
    const loss = game.board().inbox.find((i) => i.kind === 'loss-to-review');
    expect(loss, 'a loss to review within eight weeks').toBeDefined();
    expect(game.decide({ type: 'deal.stayOut', dealId: loss!.dealId })).toMatchObject({ ok: true });
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

  test('a story deal’s conversation is held once (its story stays, for the call and the review); then the deal gets a generic talk, named', () => {
    const scenario = shippedScenario('tutorial');
    const game = new GameSession({ scenario, session: newSession('tutorial', 'v', 2026) });
    const storyDeal = game.state.deals.find((deal) => deal.storyId)!;
    const story = game.story(storyDeal.storyId)!;
    expect(story.id).toBe(storyDeal.storyId);
    const lines = ruledPath(story, 'ask').map((taken) => taken.index);
    expect(game.decide({ type: 'deal.coach', dealId: storyDeal.id, lines }).ok).toBe(true);
    // Held: the talk panel will not replay it, and the story stays for what comes later.
    expect(game.decision(storyDeal.id)?.conversationHeld).toBe(true);
    expect(game.story(storyDeal.storyId)?.rescue).toBeDefined();

    const talk = game.coachingTalk(storyDeal.id)!;
    const rep = game.state.reps.find((r) => r.id === storyDeal.repId)!;
    expect(talk.idea).toBe(game.state.deals.find((d) => d.id === storyDeal.id)!.weakIdea);
    const words = [talk.plan, talk.ask.line, talk.ask.reply, talk.tell.line, talk.tell.reply].join(
      ' ',
    );
    expect(words).not.toMatch(/\{customer\}|\{rep\}/);
    expect(talk).toEqual(
      (() => {
        const raw = coachingTalk(game.state, storyDeal.id)!;
        const fill = (line: string) =>
          fillLine(line, { customer: storyDeal.customer, rep: rep.name });
        return {
          ...raw,
          plan: fill(raw.plan),
          ask: { line: fill(raw.ask.line), reply: fill(raw.ask.reply) },
          tell: { line: fill(raw.tell.line), reply: fill(raw.tell.reply) },
        };
      })(),
    );
  });
});
