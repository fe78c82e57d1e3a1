/**
 * A scenario: a checked scenario file, ready to play. `parseScenario` is the
 * one way in: text → JSON → schema → checks → Scenario, or every problem
 * found on the way. It never throws, whatever the text.
 */

import type { SeasonSetup } from '../sim/setup';
import { type ErrorReport, errorReport, mostProblems } from './errorReport';
import { readJson } from './jsonSource';
import { quote } from './quote';
import type { RoomPrompt } from './roomPrompt';
import { checkScenario } from './scenarioChecks';
import type { ScenarioError } from './scenarioError';
import { scenarioFileSchema } from './scenarioSchema';
import { scenarioStories, seasonSetup } from './scenarioSetup';
import { reportSchemaIssues } from './schemaIssues';
import type { Story } from './story';

export interface Scenario {
  /** The file it came from, e.g. "scenarios/standard.json". */
  file: string;
  id: string;
  title: string;
  summary: string;
  weeks: number;
  learningGoals: string[];
  debriefQuestions: string[];
  /** Discussion prompts for a facilitated session (none when the file has none). */
  prompts: RoomPrompt[];
  setup: SeasonSetup;
  /** The coaching conversations of the story deals, by storyId. */
  stories: Record<string, Story>;
}

export type ScenarioResult =
  | { ok: true; scenario: Scenario }
  | { ok: false; errors: ScenarioError[] };

/** The message of a problem in the checker itself rather than in the file. */
export const checkerFailure = 'the checker itself failed on this file';

/**
 * The problems in reading order, top of the file first (sort is stable,
 * unplaced ones last), and a last line when the checks stopped at the most a
 * report keeps.
 */
function reported(file: string, report: ErrorReport): ScenarioError[] {
  const errors = [...report.errors].sort(
    (a, b) => (a.line ?? Number.MAX_VALUE) - (b.line ?? Number.MAX_VALUE),
  );
  if (!report.full) return errors;
  return [
    ...errors,
    {
      file,
      path: '(file)',
      message: `checking stopped after ${mostProblems} problems; there may be more`,
      hint: 'fix the ones above and check the file again',
    },
  ];
}

function parse(file: string, text: string): ScenarioResult {
  const source = readJson(text);
  if (!source.ok && 'refused' in source) {
    const { message, hint } = source.refused;
    return {
      ok: false,
      errors: [
        {
          file,
          path: '(file)',
          message,
          hint,
          ...(source.line === undefined ? {} : { line: source.line }),
        },
      ],
    };
  }
  if (!source.ok) {
    const where = source.column === undefined ? '' : `, at column ${source.column}`;
    return {
      ok: false,
      errors: [
        {
          file,
          path: '(file)',
          message: `not valid JSON: ${source.message}${where}`,
          hint: 'look for a missing or extra comma, a missing quote, or an unclosed { or [ just before that point',
          ...(source.line === undefined ? {} : { line: source.line }),
        },
      ],
    };
  }
  const report = errorReport(file, source.data, source.lineOf);
  for (const duplicate of source.duplicateKeys) {
    report.add(
      duplicate.path,
      `${quote(String(duplicate.path.at(-1)))} is written twice in the same object; the second would silently replace the first`,
      'rename one of them, or remove one',
    );
  }
  const parsed = scenarioFileSchema.safeParse(source.data);
  if (!parsed.success) {
    reportSchemaIssues(report, scenarioFileSchema, source.data, parsed.error.issues);
  }
  // The checks below read links between parts; they need the shape right and every key once.
  if (!parsed.success || report.errors.length > 0) {
    return { ok: false, errors: reported(file, report) };
  }
  const data = parsed.data;
  checkScenario(report, file, data);
  if (report.errors.length > 0) return { ok: false, errors: reported(file, report) };
  return {
    ok: true,
    scenario: {
      file,
      id: data.id,
      title: data.title,
      summary: data.summary,
      weeks: data.weeks,
      learningGoals: [...data.learningGoals],
      debriefQuestions: [...data.debriefQuestions],
      prompts: [...(data.prompts ?? [])],
      setup: seasonSetup(data),
      stories: scenarioStories(data),
    },
  };
}

export function parseScenario(file: string, text: string): ScenarioResult {
  try {
    if (typeof text !== 'string') throw new TypeError('the file text is not a string');
    return parse(file, text);
  } catch (error) {
    return {
      ok: false,
      errors: [
        {
          file,
          path: '(file)',
          message: `${checkerFailure}: ${error instanceof Error ? error.message : String(error)}`,
          hint: 'this is a bug in the game, not in the file: please report it with the file attached',
        },
      ],
    };
  }
}
