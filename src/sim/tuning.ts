/**
 * Every number the model runs on, with its meaning. Starting points come from
 * MODEL.md; the balance tests are the judge. A scenario may override any of them.
 */
export interface Tuning {
  manager: {
    /** Normal working week; demand above it is overload. */
    normalHours: number;
    /** The most hours the manager can work in a week. */
    hardCapHours: number;
    /** Meetings, reports, forecast calls: hours gone before any choice. */
    adminHours: number;
    /** Share of unfinished work that carries over to next week (the rest is dropped). */
    backlogCarry: number;
    /** Weeks for energy to close most of the gap to its target. */
    energyWeeks: number;
    /** Energy below this burns the manager out. */
    burnoutBelow: number;
    /** Energy above this ends a burnout. */
    recoverAbove: number;
    /** Chance of a sick week while burned out. */
    sickWeekChance: number;
  };
  hours: {
    coach: number;
    review: number;
    rescue: number;
    /** Follow-up the week after a rescue. */
    rescueFollowUp: number;
    /** Each request for help the manager fields. */
    helpRequest: number;
  };
  deals: {
    /** New deals per rep per week (mean). */
    arrivalsPerRep: number;
    /** Weeks a stage lasts, inclusive range. */
    stageWeeks: [number, number];
    /** Deal quality at creation: base + slope × capability + noise. */
    qualityBase: number;
    qualitySlope: number;
    qualityNoise: number;
    /** Win odds = oddsFloor + oddsScale × quality ^ oddsExponent. */
    oddsFloor: number;
    oddsScale: number;
    oddsExponent: number;
    /** Signals below this quality of an idea show as a warning. */
    atRiskSignals: number;
  };
  coaching: {
    /** Quality a coaching session adds to the deal, by stage (qualify, discover, propose). */
    dealLift: [number, number, number];
    /** Capability gained per session, times (1 − capability). */
    learnRate: number;
    /** Share of the lesson a rep takes from being told instead of asked. */
    tellLearnShare: number;
    /** Coaching hours per rep in four weeks beyond which returns diminish. */
    doseHours: number;
    ownershipAsk: number;
    ownershipTell: number;
    morale: number;
    /** Share of a capability gain that reaches the rep's other open deals. */
    spillover: number;
  };
  rescue: {
    /** Win odds never rise above this after a rescue. */
    oddsCap: number;
    /** Odds added, by concession. */
    lift: Record<'none' | 'discount' | 'free-services', number>;
    /** Discount as a share of the deal's value, range. */
    discountShare: [number, number];
    /** Free service hours given, range. */
    freeServiceHours: [number, number];
    /** Weeks until the rescued deal is decided. */
    decideWithinWeeks: number;
    ownershipLoss: number;
    moraleLoss: number;
    /** Ownership lost by every other rep on the team. */
    teamOwnershipLoss: number;
  };
  review: {
    learnRate: number;
    ownership: number;
    morale: number;
    /** Weeks a loss's lesson stays fresh. */
    lessonWeeks: number;
  };
  reps: {
    /** Weeks for morale to close most of the gap to its target. */
    moraleWeeks: number;
    /** Morale below this counts as low. */
    lowMorale: number;
    /** Low-morale weeks in a row before a rep may quit. */
    quitAfterWeeks: number;
    /** Quit chance per week once the low-morale run is long enough. */
    quitChance: number;
    /** Capability fades toward its floor with this time constant (weeks). */
    forgetWeeks: number;
    /** The floor as a share of the rep's starting capability. */
    floorShare: number;
    /** Capability learned from each deal the rep closed on their own. */
    learnByDoing: number;
    ownershipFromOwnWin: number;
    /** Ownership drifts back toward this habit level… */
    ownershipHabit: number;
    /** …over this many weeks. */
    ownershipWeeks: number;
    /** Help requests per rep per week at zero ownership and zero capability. */
    helpBase: number;
    replacement: { capability: number; ownership: number; morale: number };
  };
}

export const defaultTuning: Tuning = {
  manager: {
    normalHours: 45,
    hardCapHours: 60,
    adminHours: 22,
    backlogCarry: 0.7,
    energyWeeks: 4,
    burnoutBelow: 0.35,
    recoverAbove: 0.5,
    sickWeekChance: 0.25,
  },
  hours: { coach: 2, review: 1, rescue: 8, rescueFollowUp: 2, helpRequest: 3.5 },
  deals: {
    arrivalsPerRep: 0.4,
    stageWeeks: [2, 3],
    qualityBase: 0.1,
    qualitySlope: 0.7,
    qualityNoise: 0.08,
    oddsFloor: 0.07,
    oddsScale: 0.57,
    oddsExponent: 1.2,
    atRiskSignals: 2,
  },
  coaching: {
    dealLift: [0.08, 0.06, 0.04],
    learnRate: 0.05,
    tellLearnShare: 0.35,
    doseHours: 5,
    ownershipAsk: 0.012,
    ownershipTell: 0.005,
    morale: 0.02,
    spillover: 0.3,
  },
  rescue: {
    oddsCap: 0.3,
    lift: { none: 0.02, discount: 0.08, 'free-services': 0.06 },
    discountShare: [0.1, 0.25],
    freeServiceHours: [40, 120],
    decideWithinWeeks: 1,
    ownershipLoss: 0.12,
    moraleLoss: 0.08,
    teamOwnershipLoss: 0.02,
  },
  review: { learnRate: 0.04, ownership: 0.015, morale: 0.02, lessonWeeks: 2 },
  reps: {
    moraleWeeks: 6,
    lowMorale: 0.3,
    quitAfterWeeks: 3,
    quitChance: 0.1,
    forgetWeeks: 26,
    floorShare: 0.85,
    learnByDoing: 0.01,
    ownershipFromOwnWin: 0.01,
    ownershipHabit: 0.5,
    ownershipWeeks: 40,
    helpBase: 3,
    replacement: { capability: 0.2, ownership: 0.45, morale: 0.6 },
  },
};

/** A partial tuning, as a scenario writes it: any group, any field. */
export type TuningOverrides = { [G in keyof Tuning]?: Partial<Tuning[G]> };

export function applyTuning(overrides: TuningOverrides | undefined): Tuning {
  const o = overrides ?? {};
  return {
    manager: { ...defaultTuning.manager, ...o.manager },
    hours: { ...defaultTuning.hours, ...o.hours },
    deals: { ...defaultTuning.deals, ...o.deals },
    coaching: { ...defaultTuning.coaching, ...o.coaching },
    rescue: { ...defaultTuning.rescue, ...o.rescue },
    review: { ...defaultTuning.review, ...o.review },
    reps: { ...defaultTuning.reps, ...o.reps },
  };
}
