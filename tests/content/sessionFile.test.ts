/**
 * Reading a session from bytes: everything that could be wrong with a save
 * or a file gets its sentence, and a good one comes back with the season it
 * replays to.
 */
import { describe, expect, test } from 'vitest';
import { readSession } from '../../src/content/sessionFile';
import { playWithPolicy } from '../../src/sim/playWithPolicy';
import { policies } from '../../src/sim/policies';
import { newSession, type Session, withDecision } from '../../src/sim/session';
import { testCatalogue, testFingerprint, testSetup } from '../support/testScenario';

function played(weeks: number): { session: Session; bytes: string } {
  const { decisions } = playWithPolicy(testSetup, 5, policies.balanced, undefined, weeks);
  let session = newSession(testSetup.id, testFingerprint, 5);
  for (const decision of decisions) session = withDecision(session, decision);
  return { session, bytes: JSON.stringify(session) };
}

describe('readSession', () => {
  test('a good session comes back with the season it replays to', () => {
    const { session, bytes } = played(4);
    const read = readSession(bytes, testCatalogue);
    expect(read.ok).toBe(true);
    expect(read.ok && read.session).toEqual(session);
    expect(read.ok && read.state.week).toBe(5);
    expect(read.ok && read.scenarioChanged).toBe(false);
  });

  test('a session from another version of the scenario file still opens, and says so', () => {
    const { session } = played(2);
    const read = readSession(
      JSON.stringify({ ...session, scenarioVersion: 'other' }),
      testCatalogue,
    );
    expect(read.ok && read.scenarioChanged).toBe(true);
  });

  const { session, bytes } = played(4);
  const tampered = (change: (raw: Session) => void) => {
    const raw = JSON.parse(bytes) as Session;
    change(raw);
    return JSON.stringify(raw);
  };
  const firstChoice = session.branches[0]!.decisions.findIndex((d) => d.type !== 'week.advance');

  test.each([
    ['cut in half', bytes.slice(0, bytes.length / 2), 'not valid JSON'],
    [
      'of another scenario',
      tampered((raw) => {
        raw.scenario = 'elsewhere';
      }),
      '"elsewhere"',
    ],
    [
      'with a decision on a deal that does not exist',
      tampered((raw) => {
        const decision = raw.branches[0]!.decisions[firstChoice]!;
        if (decision.type !== 'week.advance') decision.dealId = 'deal-9999';
      }),
      `decision ${firstChoice + 1} (week 1) does not apply to this scenario: There is no deal "deal-9999"`,
    ],
    [
      'with a week played twice',
      tampered((raw) => void raw.branches[0]!.decisions.push({ type: 'week.advance', week: 4 })),
      'is for week 4, but the season is in week 5',
    ],
    ['far too large', 'x'.repeat(2_500_000), 'larger than any session'],
  ])('a session %s is refused with its reason', (_name, text, words) => {
    const read = readSession(text, testCatalogue);
    expect(read.ok).toBe(false);
    expect(!read.ok && read.reason).toContain(words);
  });
});
