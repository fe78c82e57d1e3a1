/**
 * The model's tuning overrides a scenario makes: its `tuning` section, plus
 * the manager's hours and the deal rate, which authors set in plain places
 * (`manager`, `market.dealsPerRepPerWeek`). Those two become overrides only
 * where they differ from the model's defaults, so a scenario that keeps the
 * calibrated numbers changes nothing in the model.
 */
import { defaultTuning, type TuningOverrides } from '../sim/tuning';
import type { ScenarioFile } from './scenarioSchema';

const managerHours = ['normalHours', 'hardCapHours', 'adminHours'] as const;

export function scenarioTuning(
  file: Pick<ScenarioFile, 'manager' | 'market' | 'tuning'>,
): TuningOverrides | undefined {
  const overrides: TuningOverrides = { ...file.tuning };
  const manager = { ...overrides.manager };
  for (const key of managerHours) {
    if (manager[key] === undefined && file.manager[key] !== defaultTuning.manager[key]) {
      manager[key] = file.manager[key];
    }
  }
  if (Object.keys(manager).length > 0) overrides.manager = manager;

  const rate = file.market.dealsPerRepPerWeek;
  if (
    overrides.deals?.arrivalsPerRep === undefined &&
    rate !== defaultTuning.deals.arrivalsPerRep
  ) {
    overrides.deals = { ...overrides.deals, arrivalsPerRep: rate };
  }
  return Object.keys(overrides).length > 0 ? overrides : undefined;
}
