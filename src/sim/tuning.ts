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
    /** A coaching session in a deal's coaching window, whichever week of its stage. */
    coach: number;
    review: number;
    rescue: number;
    /** Follow-up the week after a rescue. */
    rescueFollowUp: number;
    /** Each request for help the manager fields (takes over) when it is left unanswered. */
    helpRequest: number;
    /** Coaching the rep through a request instead of taking it over. */
    coachRequest: number;
    /** The short talk that hands a request back to the rep. */
    handBack: number;
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
    /** Past the dose, each session costs the rep this much ownership and morale: the "always-on" manager. */
    alwaysOnCost: number;
    /** Chance a coached deal's plan changes enough that its stage takes a week longer (the honest dip). */
    slipChance: number;
    ownershipAsk: number;
    ownershipTell: number;
    morale: number;
    /** Share of a capability gain that reaches the rep's other open deals. */
    spillover: number;
  };
  rescue: {
    /** Win odds never rise above this after a rescue. */
    oddsCap: number;
    /** A rescue with nothing given away: the buyer, pushed to decide now, keeps this share of the odds. */
    bareOddsShare: number;
    /** Odds a concession adds to the deal's own odds. */
    lift: Record<'discount' | 'free-services', number>;
    /** What an hour of free services costs us, in money (counted in margin given). */
    freeServiceCost: number;
    /** Hours the team's delivery of free services asks of the manager the week after the win. */
    freeServiceFollowUp: number;
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
  help: {
    /** Requests per week from a real obstacle, per open deal, at quality 0 and capability 0. */
    obstacleRate: number;
    /** Requests per rep per week out of habit, at zero ownership. */
    habitRate: number;
    /** How much each recent rescue (or request taken over) of the rep's deals adds to their habit. */
    rescuedPull: number;
    /** Chance a request's words point to its true cause. */
    cueAccuracy: number;
    /** Coaching a real obstacle: quality it adds to the deal. */
    coachDealLift: number;
    /** Chance that coaching a real obstacle changes the plan enough to slip the deal a week. */
    coachSlipChance: number;
    /** Coaching a request: share of a coaching session's lesson the rep takes (halved when it was habit). */
    coachLearnShare: number;
    /** Coaching a habit request: ownership it builds. */
    coachHabitOwnership: number;
    /** Taking a real obstacle over: quality it adds (this deal's problem fixed). */
    takeOverLift: number;
    /** Ownership taking a request over costs the rep: a real obstacle, and habit. */
    takeOverOwnership: [number, number];
    /** Taking a habit request over counts toward the rep's recent rescues by this much (habit is fed). */
    takeOverPull: number;
    /** Handing a habit request back: ownership it builds. */
    handBackOwnership: number;
    /** Handing back a real obstacle the rep cannot handle: deal quality and the rep's morale lost. */
    handBackDealLoss: number;
    handBackMoraleLoss: number;
    /** Real obstacles handed back lately above which the team starts to see an absent manager… */
    absentAfter: number;
    /** …and what a manager seen as wholly absent takes off every rep's morale target. */
    absentTeamMorale: number;
    /** Share of that count the team still remembers a week later. */
    absenceKeep: number;
  };
  quota: {
    /** Weeks at the end of a quarter in which the gap to quota presses. */
    pressureWeeks: number;
    /** How much the gap (as a share of quota) multiplies requests on late deals: reps plead to save them. */
    pleading: number;
    /** Extra admin hours at the full gap: pressure from above. */
    pressureHours: number;
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
  hours: {
    coach: 2,
    review: 1,
    rescue: 8,
    rescueFollowUp: 2,
    helpRequest: 3,
    coachRequest: 1,
    handBack: 0.5,
  },
  deals: {
    arrivalsPerRep: 0.22,
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
    dealLift: [0.12, 0.1, 0.08],
    learnRate: 0.1,
    tellLearnShare: 0.35,
    doseHours: 5,
    alwaysOnCost: 0.06,
    slipChance: 0.35,
    ownershipAsk: 0.012,
    ownershipTell: 0.005,
    morale: 0.02,
    spillover: 0.3,
  },
  rescue: {
    oddsCap: 0.32,
    bareOddsShare: 0.37,
    lift: { discount: 0.05, 'free-services': 0.05 },
    freeServiceCost: 120,
    freeServiceFollowUp: 2,
    discountShare: [0.1, 0.25],
    freeServiceHours: [40, 120],
    decideWithinWeeks: 1,
    ownershipLoss: 0.12,
    moraleLoss: 0.08,
    teamOwnershipLoss: 0.02,
  },
  help: {
    obstacleRate: 0.3,
    habitRate: 3,
    rescuedPull: 0.3,
    cueAccuracy: 0.75,
    coachDealLift: 0.03,
    coachSlipChance: 0.45,
    coachLearnShare: 0.6,
    coachHabitOwnership: 0.02,
    takeOverLift: 0.02,
    takeOverOwnership: [0.015, 0.02],
    takeOverPull: 0.2,
    handBackOwnership: 0.02,
    handBackDealLoss: 0.06,
    handBackMoraleLoss: 0.04,
    absentAfter: 1,
    absentTeamMorale: 0.3,
    absenceKeep: 0.6,
  },
  quota: { pressureWeeks: 3, pleading: 1.5, pressureHours: 3 },
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
    help: { ...defaultTuning.help, ...o.help },
    quota: { ...defaultTuning.quota, ...o.quota },
    review: { ...defaultTuning.review, ...o.review },
    reps: { ...defaultTuning.reps, ...o.reps },
  };
}
