/** The scenario list, shared by the Node loader and the browser bundle: broken files never hide others. */
import { spawnSync } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { describe, expect, test } from 'vitest';
import type { CheckReport } from '../../src/content/checkReport';
import { loadDiskScenarios, scenarioFiles } from '../../src/content/diskScenarios';
import { parseScenario } from '../../src/content/scenario';
import { isScenarioPath, loadScenarios } from '../../src/content/scenarioLibrary';
import { storySummary } from '../../src/content/storySummary';
import { shippedScenarios } from './support/shipped';

const small = readFileSync('tests/content/fixtures/small.json', 'utf8');
const renamed = (id: string) => small.replace('"id": "small"', `"id": "${id}"`);

describe('loadScenarios', () => {
  test('a broken file is listed with its errors, and the others still load', () => {
    const entries = loadScenarios({
      '/scenarios/b-broken.json': '{ "id": ',
      '/scenarios/a-fine.json': renamed('a-fine'),
      '/scenarios/c-fine.json': renamed('c-fine'),
    });
    expect(entries.map((e) => [e.file, e.ok])).toEqual([
      ['scenarios/a-fine.json', true],
      ['scenarios/b-broken.json', false],
      ['scenarios/c-fine.json', true],
    ]);
    const broken = entries[1]!;
    expect(broken.ok ? [] : broken.errors[0]?.message).toContain('not valid JSON');
  });

  test('two files with the same scenario id: the second is broken', () => {
    const entries = loadScenarios({
      'one/twin.json': renamed('twin'),
      'two/twin.json': renamed('twin'),
    });
    expect(entries.map((e) => e.ok)).toEqual([true, false]);
    expect(entries[1]!.ok ? '' : entries[1]!.errors[0]?.message).toContain(
      'already used by one/twin.json',
    );
  });

  test('the id must match the file name', () => {
    const result = parseScenario('scenarios/other.json', small);
    expect(result.ok ? [] : result.errors.map((e) => [e.path, e.hint])).toEqual([
      ['id', 'set "id": "other", or rename the file to small.json'],
    ]);
  });

  test('the JSON Schema beside the scenarios is not a scenario, and is skipped', () => {
    expect(isScenarioPath('/scenarios/standard.json')).toBe(true);
    expect(isScenarioPath('/scenarios/scenario.schema.json')).toBe(false);
    expect(isScenarioPath('/scenarios/README.md')).toBe(false);
    const entries = loadScenarios({
      '/scenarios/scenario.schema.json': '{}',
      '/scenarios/a-fine.json': renamed('a-fine'),
    });
    expect(entries.map((e) => e.file)).toEqual(['scenarios/a-fine.json']);
  });
});

describe('the loaders', () => {
  test('from disk: every scenario in scenarios/, without the schema', () => {
    expect(scenarioFiles()).toEqual([
      'scenarios/inherited-team.json',
      'scenarios/standard.json',
      'scenarios/tutorial.json',
    ]);
  });

  test('from disk: a file that cannot be read is broken, and the rest load', () => {
    const entries = loadDiskScenarios(['scenarios/missing.json', 'scenarios/tutorial.json']);
    expect(entries.map((e) => [e.file, e.ok])).toEqual([
      ['scenarios/missing.json', false],
      ['scenarios/tutorial.json', true],
    ]);
  });

  test('bundled by Vite as the browser reads them: the same scenarios, all loaded', () => {
    const bundled = import.meta.glob('/scenarios/*.json', {
      query: '?raw',
      import: 'default',
      eager: true,
    }) as Record<string, string>;
    expect(loadScenarios(bundled).map((e) => [e.file, e.ok])).toEqual(
      loadDiskScenarios().map((e) => [e.file, e.ok]),
    );
  });
});

describe('npm run scenarios:check', () => {
  const check = (...files: string[]) =>
    spawnSync(
      process.execPath,
      ['node_modules/tsx/dist/cli.mjs', 'scripts/checkScenarios.ts', ...files],
      {
        encoding: 'utf8',
        env: { ...process.env, NO_COLOR: '1' },
      },
    );

  test('exits 0 when every scenario is fine', () => {
    const run = check();
    expect(run.stdout).toContain('3 scenario files checked: 3 ok, 0 broken, 0 problems');
    expect(run.status).toBe(0);
  });

  test('prints every problem of the files named, and exits 1', () => {
    const run = check('tests/content/fixtures/several-problems.json', 'scenarios/tutorial.json');
    expect(run.stdout).toContain('unknown rep "zed"');
    expect(run.stdout).toContain('unknown beat "ownd"');
    expect(run.stdout).toContain('week 9 is after the season ends');
    expect(run.stdout).toContain('ok  scenarios/tutorial.json');
    expect(run.stdout).toContain('2 scenario files checked: 1 ok, 1 broken, 4 problems');
    expect(run.status).toBe(1);
  });

  test('--json lists every file with its scenario and story deals, or its problems', () => {
    const run = check(
      '--json',
      'tests/content/fixtures/several-problems.json',
      'scenarios/tutorial.json',
    );
    expect(run.status).toBe(1);
    const report = JSON.parse(run.stdout) as CheckReport;
    // In file order, as the text report lists them.
    expect(report.files.map((f) => [f.file, f.ok, f.errors.length])).toEqual([
      ['scenarios/tutorial.json', true, 0],
      ['tests/content/fixtures/several-problems.json', false, 4],
    ]);
    expect(report.files[1]!.scenario).toBeNull();
    expect(report.files[1]!.errors[0]).toMatchObject({ path: 'deals[0] "Nowhere Ltd" › customer' });
    const tutorial = shippedScenarios().find((s) => s.id === 'tutorial')!;
    expect(report.files[0]!.scenario).toEqual({
      id: 'tutorial',
      weeks: tutorial.weeks,
      stories: storySummary(tutorial),
    });
  });

  test('--json over the shipped files: every story deal listed, every file ok', () => {
    const run = check('--json');
    expect(run.status).toBe(0);
    const report = JSON.parse(run.stdout) as CheckReport;
    const shipped = shippedScenarios();
    expect(report.files.every((f) => f.ok && f.errors.length === 0)).toBe(true);
    expect(report.files.map((f) => f.scenario?.id).sort()).toEqual(shipped.map((s) => s.id).sort());
    for (const scenario of shipped) {
      const listed = report.files.find((f) => f.scenario?.id === scenario.id)!.scenario!;
      expect(listed.stories.map((s) => s.deal)).toEqual(
        Object.values(scenario.stories).map((s) => s.dealId),
      );
    }
  });

  test('an option it does not know is refused with exit 2', () => {
    const run = check('--jsn');
    expect(run.status).toBe(2);
    expect(run.stderr).toContain('unknown option --jsn');
  });
});
