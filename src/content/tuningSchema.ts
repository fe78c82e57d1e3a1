/**
 * The schema for a scenario's tuning overrides, derived from the model's
 * defaultTuning so the two never drift: any group, any field of it, numbers
 * only, nothing unknown. A field that holds a pair or a small table (a range,
 * the rescue lifts) is given whole, since the model merges one level deep.
 */
import { z } from 'zod';
import { defaultTuning, type Tuning, type TuningOverrides } from '../sim/tuning';
import { dealIdeas } from '../sim/vocabulary';

export type TuningField = {
  [G in keyof Tuning]: `${G}.${Extract<keyof Tuning[G], string>}`;
}[keyof Tuning];

interface Limit {
  min: number;
  max?: number;
  integer?: boolean;
}

const share: Limit = { min: 0, max: 1 };
const weeks: Limit = { min: 1, max: 104 };
const hoursInWeek: Limit = { min: 0, max: 100 };

/**
 * Fields with a tighter range than "zero or more". A limit on a pair or a
 * table applies to each number in it.
 */
export const tuningLimits: Partial<Record<TuningField, Limit>> = {
  'manager.normalHours': { min: 1, max: 100 },
  'manager.hardCapHours': { min: 1, max: 100 },
  'manager.adminHours': hoursInWeek,
  'manager.backlogCarry': share,
  'manager.energyWeeks': weeks,
  'manager.burnoutBelow': share,
  'manager.recoverAbove': share,
  'manager.sickWeekChance': share,
  'deals.arrivalsPerRep': { min: 0, max: 3 },
  'deals.stageWeeks': { min: 1, max: 13, integer: true },
  'deals.qualityBase': share,
  'deals.qualitySlope': share,
  'deals.qualityNoise': share,
  'deals.oddsFloor': share,
  'deals.oddsScale': share,
  'deals.oddsExponent': { min: 0.1, max: 5 },
  'deals.atRiskSignals': { min: 1, max: dealIdeas.length, integer: true },
  'coaching.dealLift': share,
  'coaching.learnRate': share,
  'coaching.tellLearnShare': share,
  'coaching.ownershipAsk': share,
  'coaching.ownershipTell': share,
  'coaching.morale': share,
  'coaching.spillover': share,
  'coaching.alwaysOnCost': share,
  'coaching.slipChance': share,
  'rescue.oddsCap': share,
  'rescue.bareOddsShare': share,
  'rescue.freeServiceFollowUp': hoursInWeek,
  'rescue.lift': share,
  'rescue.discountShare': share,
  'rescue.decideWithinWeeks': { min: 1, max: 13, integer: true },
  'rescue.ownershipLoss': share,
  'rescue.moraleLoss': share,
  'rescue.teamOwnershipLoss': share,
  'help.obstacleRate': { min: 0, max: 5 },
  'help.habitRate': { min: 0, max: 10 },
  'help.rescuedPull': { min: 0, max: 5 },
  'help.cueAccuracy': share,
  'help.coachDealLift': share,
  'help.coachSlipChance': share,
  'help.coachLearnShare': share,
  'help.coachHabitOwnership': share,
  'help.takeOverLift': share,
  'help.takeOverOwnership': share,
  'help.handBackOwnership': share,
  'help.handBackDealLoss': share,
  'help.handBackMoraleLoss': share,
  'help.absentAfter': { min: 0.1, max: 20 },
  'help.absentTeamMorale': share,
  'help.absenceKeep': share,
  'help.takeOverPull': { min: 0, max: 5 },
  'quota.pressureWeeks': { min: 0, max: 13, integer: true },
  'quota.pleading': { min: 0, max: 10 },
  'quota.pressureHours': hoursInWeek,
  'review.learnRate': share,
  'review.ownership': share,
  'review.morale': share,
  'review.lessonWeeks': { min: 1, max: 26, integer: true },
  'reps.moraleWeeks': weeks,
  'reps.lowMorale': share,
  'reps.quitAfterWeeks': { min: 1, max: 52, integer: true },
  'reps.quitChance': share,
  'reps.forgetWeeks': weeks,
  'reps.floorShare': share,
  'reps.learnByDoing': share,
  'reps.ownershipFromOwnWin': share,
  'reps.ownershipHabit': share,
  'reps.ownershipWeeks': weeks,
  'reps.replacement': share,
};

const anyAmount: Limit = { min: 0 };

function numberSchema(limit: Limit): z.ZodNumber {
  let schema = limit.integer ? z.number().int() : z.number();
  schema = schema.min(limit.min);
  return limit.max === undefined ? schema : schema.max(limit.max);
}

/** A schema shaped like the default value: a number, a pair of numbers, or a table given whole. */
function schemaLike(value: unknown, limit: Limit): z.ZodType {
  if (Array.isArray(value)) return z.tuple(value.map(() => numberSchema(limit)) as [z.ZodNumber]);
  if (typeof value === 'object' && value !== null) {
    const shape = Object.fromEntries(
      Object.entries(value).map(([key, item]) => [key, schemaLike(item, limit)]),
    );
    return z.strictObject(shape);
  }
  return numberSchema(limit);
}

function groupSchema(group: keyof Tuning): z.ZodType {
  const fields = Object.entries(defaultTuning[group]).map(([field, value]) => {
    const limit = tuningLimits[`${group}.${field}` as TuningField] ?? anyAmount;
    return [field, schemaLike(value, limit).optional()] as const;
  });
  return z.strictObject(Object.fromEntries(fields));
}

export const tuningOverridesSchema = z
  .strictObject(
    Object.fromEntries(
      (Object.keys(defaultTuning) as (keyof Tuning)[]).map((group) => [
        group,
        groupSchema(group).optional(),
      ]),
    ),
  )
  .describe(
    "Changes to the model's numbers, group by group (manager, hours, deals, coaching, rescue, help, quota, review, reps). Give only what you change; src/sim/tuning.ts explains each number.",
  ) as unknown as z.ZodType<TuningOverrides>;

/** The schema for one tuning field, for the places a scenario sets it outside `tuning`. */
export function tuningFieldSchema(field: TuningField): z.ZodNumber {
  return numberSchema(tuningLimits[field] ?? anyAmount);
}
