/**
 * Checks on the model's numbers as a scenario sets them, each number in one
 * place only, and the few rules that tie two numbers together (a hard cap
 * above the normal week, a range written low to high). Numbers the scenario
 * leaves alone are the model's defaults and are fine by construction.
 */
import { applyTuning, type Tuning } from '../sim/tuning';
import type { ErrorReport } from './errorReport';
import type { DataPath } from './scenarioError';
import type { ScenarioFile } from './scenarioSchema';
import { scenarioTuning } from './scenarioTuning';

type Field = { [G in keyof Tuning]: [G, Extract<keyof Tuning[G], string>] }[keyof Tuning];

/** Numbers a scenario sets outside `tuning`, and where. */
const setElsewhere: { field: Field; path: DataPath }[] = [
  { field: ['manager', 'normalHours'], path: ['manager', 'normalHours'] },
  { field: ['manager', 'hardCapHours'], path: ['manager', 'hardCapHours'] },
  { field: ['manager', 'adminHours'], path: ['manager', 'adminHours'] },
  { field: ['deals', 'arrivalsPerRep'], path: ['market', 'dealsPerRepPerWeek'] },
];

function inTuning(file: ScenarioFile, [group, name]: Field): boolean {
  const values = file.tuning?.[group] as Record<string, unknown> | undefined;
  return values?.[name] !== undefined;
}

/** Where the scenario sets a number, if it does. */
function placeOf(file: ScenarioFile, field: Field): DataPath | undefined {
  if (inTuning(file, field)) return ['tuning', ...field];
  return setElsewhere.find((entry) => entry.field.join('.') === field.join('.'))?.path;
}

function checkSetTwice(report: ErrorReport, file: ScenarioFile): void {
  for (const { field, path } of setElsewhere) {
    if (!inTuning(file, field)) continue;
    report.add(
      ['tuning', ...field],
      `${field.join('.')} is set twice: here and in ${path.join('.')}`,
      `keep it in ${path.join('.')} and remove it here`,
    );
  }
}

/** A rule between numbers: broken when `holds` is false; reported where the scenario set one of them. */
interface Rule {
  fields: Field[];
  holds: (t: Tuning) => boolean;
  message: (t: Tuning) => string;
  hint: string;
}

const ordered = (field: Field): Rule => ({
  fields: [field],
  holds: (t) => {
    const [low, high] = (t[field[0]] as Record<string, unknown>)[field[1]] as [number, number];
    return low <= high;
  },
  message: (t) =>
    `${JSON.stringify((t[field[0]] as Record<string, unknown>)[field[1]])} runs high to low`,
  hint: 'write the lowest value first, then the highest',
});

const rules: Rule[] = [
  {
    fields: [
      ['manager', 'hardCapHours'],
      ['manager', 'normalHours'],
    ],
    holds: (t) => t.manager.hardCapHours > t.manager.normalHours,
    message: (t) =>
      `the most hours in a week (${t.manager.hardCapHours}) must be more than the normal week (${t.manager.normalHours})`,
    hint: 'raise hardCapHours above normalHours',
  },
  {
    fields: [
      ['manager', 'adminHours'],
      ['manager', 'normalHours'],
    ],
    holds: (t) => t.manager.adminHours < t.manager.normalHours,
    message: (t) =>
      `admin (${t.manager.adminHours} h) fills the whole normal week (${t.manager.normalHours} h)`,
    hint: 'leave the manager some hours for coaching: lower adminHours',
  },
  {
    fields: [
      ['manager', 'burnoutBelow'],
      ['manager', 'recoverAbove'],
    ],
    holds: (t) => t.manager.burnoutBelow < t.manager.recoverAbove,
    message: (t) =>
      `burnoutBelow (${t.manager.burnoutBelow}) must be lower than recoverAbove (${t.manager.recoverAbove})`,
    hint: 'a manager recovers at more energy than they burned out at',
  },
  {
    fields: [
      ['deals', 'oddsFloor'],
      ['deals', 'oddsScale'],
    ],
    holds: (t) => t.deals.oddsFloor + t.deals.oddsScale <= 1,
    message: (t) =>
      `oddsFloor + oddsScale is ${t.deals.oddsFloor + t.deals.oddsScale}: win odds above 1`,
    hint: 'keep the two together at 1 or less',
  },
  ordered(['deals', 'stageWeeks']),
  ordered(['rescue', 'discountShare']),
  ordered(['rescue', 'freeServiceHours']),
];

export function checkTuning(report: ErrorReport, file: ScenarioFile): void {
  checkSetTwice(report, file);
  const tuning = applyTuning(scenarioTuning(file));
  for (const rule of rules) {
    const place = rule.fields.map((field) => placeOf(file, field)).find((path) => path);
    if (place && !rule.holds(tuning)) report.add(place, rule.message(tuning), rule.hint);
  }
}
