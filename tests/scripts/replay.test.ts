/**
 * npm run replay end to end: a session file written by the runner or
 * recorded by the season machine replays to the summary simulate printed,
 * and every kind of damage gets its one line and exit code 2.
 */
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, test } from 'vitest';
import { playSeason } from '../../scripts/runner/playSeeds';
import { shippedScenarios } from '../../scripts/runner/shippedScenarios';
import { storyCoaching } from '../../src/content/storyCoaching';
import { playThroughMachine } from '../../src/machines/playThroughMachine';
import { policies } from '../../src/sim/policies';
import { decisionsOf, rewoundTo, type Session } from '../../src/sim/session';
import { refusal, runCommand, runCommandFrom } from './support/runCommand';

const folder = mkdtempSync(join(tmpdir(), 'replay-'));
afterAll(() => rmSync(folder, { recursive: true, force: true }));
const standard = shippedScenarios().get('standard')!;

const logged = join(folder, 's.json');
const simulated = runCommand(
  'simulate',
  '--scenario',
  'standard',
  '--policy',
  'balanced',
  '--seeds',
  '5..5',
  '--log',
  logged,
  '--json',
);
const session = (): Session => JSON.parse(readFileSync(logged, 'utf8'));

/** A copy of the logged session, changed and written under a name of its own. */
function variant(name: string, bytes: string): string {
  const path = join(folder, name);
  writeFileSync(path, bytes);
  return path;
}

describe('simulate --log', () => {
  test('writes the session the policy played, in the game’s format', () => {
    expect(simulated.status).toBe(0);
    const played = playSeason(standard.scenario, 'balanced', 5);
    expect(session()).toEqual({
      format: 2,
      scenario: 'standard',
      scenarioVersion: standard.fingerprint,
      seed: 5,
      branches: [{ id: 'main', parent: null, fromWeek: 1, decisions: played.decisions }],
      current: 'main',
    });
  });
});

describe('npm run replay', () => {
  test('replays the logged session to the summary simulate printed', () => {
    const replayed = runCommand('replay', logged, '--json');
    expect(replayed.status).toBe(0);
    expect(replayed.stderr).toBe('');
    const summary = JSON.parse(replayed.stdout);
    const original = JSON.parse(simulated.stdout);
    expect(summary.final).toEqual(original.final);
    expect(summary).toEqual({ ...original, policy: 'replay' });
  });

  test('without --json prints the report simulate prints', () => {
    const replayed = runCommand('replay', logged);
    expect(replayed.status).toBe(0);
    expect(replayed.stdout.split('\n')[0]).toBe('standard · replay · 1 run');
    expect(replayed.stdout).toContain('capability by week');
  });

  test('replays a session the season machine recorded, saying when the scenario file has changed', () => {
    const context = playThroughMachine(
      standard.scenario.setup,
      8,
      policies['coach-early'],
      storyCoaching(standard.scenario),
    );
    const path = variant('machine.json', JSON.stringify(context.session));
    const replayed = runCommand('replay', path, '--json');
    expect(replayed.status).toBe(0);
    expect(replayed.stderr.trim()).toBe(
      `${path}: note: the scenario file "standard" has changed since this session was played; it still replays`,
    );
    const simulatedToo = runCommand(
      'simulate',
      '--policy',
      'coach-early',
      '--seeds',
      '8..8',
      '--json',
    );
    expect(JSON.parse(replayed.stdout).final).toEqual(JSON.parse(simulatedToo.stdout).final);
    expect(decisionsOf(context.session)).toEqual(
      playSeason(standard.scenario, 'coach-early', 8).decisions,
    );
  });

  test('replays the current branch of a session rewound to an earlier week', () => {
    const path = variant('rewound.json', JSON.stringify(rewoundTo(session(), 3)));
    const replayed = runCommand('replay', path, '--json');
    expect(replayed.status).toBe(0);
    const twoWeeks = runCommand(
      'simulate',
      '--policy',
      'balanced',
      '--seeds',
      '5..5',
      '--weeks',
      '2',
      '--json',
    );
    expect(JSON.parse(replayed.stdout)).toEqual({
      ...JSON.parse(twoWeeks.stdout),
      policy: 'replay',
    });
    expect(JSON.parse(replayed.stdout).weeks).toHaveLength(2);
  });

  test('a decision naming a deal that does not exist is named, with its number and week', () => {
    const broken = session();
    const decisions = broken.branches[0]!.decisions;
    const at = decisions.findIndex((decision) => decision.type !== 'week.advance');
    decisions[at] = { ...decisions[at]!, dealId: 'deal-999' } as (typeof decisions)[number];
    const path = variant('bad-deal.json', JSON.stringify(broken));
    expect(refusal(runCommand('replay', path, '--json'))).toBe(
      `${path}: decision ${at + 1} (week ${decisions[at]!.week}) does not apply to this scenario: There is no deal "deal-999".`,
    );
  });

  test.each([
    [
      'cut in half',
      (text: string) => text.slice(0, text.length / 2),
      'it is damaged (it is not valid JSON)',
    ],
    ['not a session', () => '[1, 2, 3]', 'it is not a saved session'],
    [
      'of another format',
      (text: string) => text.replace('"format": 2', '"format": 1'),
      'it comes from another version of the game (session format 1, this game reads 2)',
    ],
    [
      'of an unknown scenario',
      (text: string) => text.replace('"scenario": "standard"', '"scenario": "nowhere"'),
      'it belongs to the scenario "nowhere", which is not available here',
    ],
    [
      'with a decision of an unknown type',
      (text: string) => text.replace('"type": "week.advance"', '"type": "week.skip"'),
      'decision ',
    ],
    [
      'with nothing played',
      (text: string) =>
        JSON.stringify({
          ...JSON.parse(text),
          branches: [{ id: 'main', parent: null, fromWeek: 1, decisions: [] }],
        }),
      'no week of it has ended yet, so there is nothing to sum up',
    ],
  ])('a file %s is refused in one line', (name, damage, reason) => {
    const path = variant(`${name.replaceAll(' ', '-')}.json`, damage(readFileSync(logged, 'utf8')));
    expect(refusal(runCommand('replay', path))).toContain(`${path}: ${reason}`);
  });

  test('a file named from another folder is written and read in that folder', () => {
    const written = runCommandFrom(
      folder,
      'simulate',
      '--policy',
      'myopic',
      '--seeds',
      '3..3',
      '--log',
      'typed-here.json',
    );
    expect(written.status).toBe(0);
    expect(readFileSync(join(folder, 'typed-here.json'), 'utf8')).toContain('"seed": 3');
    expect(runCommandFrom(folder, 'replay', 'typed-here.json').status).toBe(0);
  });

  test('a file that is not there, or no file, is refused in one line', () => {
    const missing = join(folder, 'missing.json');
    expect(refusal(runCommand('replay', missing))).toBe(
      `${missing}: cannot read the file (ENOENT)`,
    );
    expect(refusal(runCommand('replay'))).toContain('name the session file to replay');
  });
});
