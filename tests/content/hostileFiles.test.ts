/**
 * Files built to hurt the checker, each refused or reported with a clear
 * message that names the file, quotes long values cut short, and never lists
 * more than a hundred problems; and the command itself, run as authors run
 * it, on a file nested 40,000 deep and on a 6 MB file.
 */
import { spawnSync } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, test } from 'vitest';
import { hostileFiles } from '../../scripts/bench/hostileScenarios';
import type { CheckReport } from '../../src/content/checkReport';
import { mostProblems } from '../../src/content/errorReport';
import { parseScenario } from '../../src/content/scenario';
import { formatError, type ScenarioError } from '../../src/content/scenarioError';

const long = 'a'.repeat(100_000);

/** The small fixture, changed, as a file's text. */
function smallWith(change: (data: Record<string, unknown>) => void): string {
  const data = JSON.parse(readFileSync('tests/content/fixtures/small.json', 'utf8'));
  change(data);
  return JSON.stringify(data, null, 2);
}

const hostile = (name: string) => hostileFiles.find((file) => file.name === name)!.text();

function errorsOf(file: string, text: string): ScenarioError[] {
  const result = parseScenario(file, text);
  if (result.ok) throw new Error(`${file} loaded, but it is hostile on purpose`);
  return result.errors;
}

describe('each hostile file gives its message, naming the file', () => {
  test.each([
    ['nested-40000', hostile('nested-40000'), '(file)', 'nested more than 32 deep here (line 36'],
    ['objects-40000', hostile('objects-40000'), '(file)', 'nested more than 32 deep here (line 5'],
    ['six-megabytes', hostile('six-megabytes'), '(file)', 'the file is 6.1 MB, larger than'],
    ['customers-150000', hostile('customers-150000'), '(file)', 'the file is 3.6 MB, larger than'],
    [
      'long-rep',
      smallWith((d) => {
        (d.deals as { rep: string }[])[0]!.rep = long;
      }),
      'deals[0] "Otterburn Mills" › rep',
      `unknown rep "${'a'.repeat(40)}"… (100,000 characters)`,
    ],
    [
      'long-field',
      smallWith((d) => {
        d[long] = 1;
      }),
      `["${'a'.repeat(40)}"… (100,000 characters)]`,
      `unknown field "${'a'.repeat(40)}"… (100,000 characters)`,
    ],
    [
      'long-idea',
      smallWith((d) => {
        (d.deals as { weakIdea: string }[])[0]!.weakIdea = long;
      }),
      'deals[0] "Otterburn Mills" › weakIdea',
      `"${'a'.repeat(40)}"… (100,000 characters) is not one of the choices`,
    ],
    [
      'long-id',
      smallWith((d) => {
        d.id = long;
      }),
      'id',
      `the id "${'a'.repeat(40)}"… (100,000 characters) does not match the file name "long-id"`,
    ],
    [
      'long-title',
      smallWith((d) => {
        d.title = long;
      }),
      'title',
      'too long: 100000 characters, at most 60',
    ],
    [
      'long-duplicate-key',
      smallWith((d) => {
        d.manager = { ...(d.manager as object), [long]: 1 };
      }).replace(`"${long}": 1`, `"${long}": 1, "${long}": 2`),
      `manager[${JSON.stringify('a'.repeat(40))}… (100,000 characters)]`,
      `"${'a'.repeat(40)}"… (100,000 characters) is written twice in the same object`,
    ],
  ])('%s', (name, text, path, message) => {
    const file = `tests/hostile/${name}.json`;
    const errors = errorsOf(file, text);
    const error = errors.find((e) => e.path === path);
    expect(error, errors.map(formatError).join('\n').slice(0, 2000)).toBeDefined();
    expect(error!.message).toContain(message);
    expect(formatError(error!)).toMatch(new RegExp(`^${file}(:\\d+)? › `));
    // Nothing is printed whole: every line an author reads stays short.
    for (const each of errors) expect(formatError(each).length).toBeLessThan(500);
  });

  test(`a file with thousands of problems lists the first ${mostProblems} and says it stopped`, () => {
    const errors = errorsOf('tests/hostile/stray-deals-3000.json', hostile('stray-deals-3000'));
    expect(errors).toHaveLength(mostProblems + 1);
    expect(errors.slice(0, -1).every((e) => e.message === 'unknown rep "nobody"')).toBe(true);
    expect(errors.at(-1)).toMatchObject({
      path: '(file)',
      message: `checking stopped after ${mostProblems} problems; there may be more`,
    });
  });

  test('a file just under the size limit with 40,000 customers still loads', () => {
    const result = parseScenario('tests/hostile/customers-40000.json', hostile('customers-40000'));
    expect(result.ok).toBe(true);
  });
});

describe('npm run scenarios:check on hostile files', () => {
  const dir = mkdtempSync(join(tmpdir(), 'hostile-check-'));
  afterAll(() => rmSync(dir, { recursive: true, force: true }));

  const check = (...args: string[]) =>
    spawnSync(
      process.execPath,
      ['node_modules/tsx/dist/cli.mjs', 'scripts/checkScenarios.ts', ...args],
      { encoding: 'utf8', env: { ...process.env, NO_COLOR: '1' } },
    );

  test.each([
    ['nested-40000', 'lists and objects are nested more than 32 deep here (line 36, column 1)'],
    ['six-megabytes', 'the file is 6.1 MB, larger than a scenario file may be (at most 1 MB)'],
  ])('%s is refused with exit 1, the file named', (name, message) => {
    const path = join(dir, `${name}.json`);
    writeFileSync(path, hostile(name));
    const run = check(path);
    expect(run.status, run.stderr).toBe(1);
    expect(run.stdout).toContain(`BROKEN  ${path}: 1 problem`);
    expect(run.stdout).toMatch(
      new RegExp(`  ${path}(:36)? › \\(file\\): ${message.replace(/[()]/g, '\\$&')}`),
    );

    const json = check('--json', path);
    expect(json.status).toBe(1);
    const report = JSON.parse(json.stdout) as CheckReport;
    expect(report.files).toEqual([
      {
        file: path,
        ok: false,
        errors: [
          expect.objectContaining({
            file: path,
            path: '(file)',
            message: expect.stringContaining(message),
          }),
        ],
        scenario: null,
      },
    ]);
  });
});
