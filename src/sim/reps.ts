/** Reps week by week: morale, forgetting, fading lessons, quitting and hiring. */
import { clamp, mean } from './clamp';
import type { Rep, SeasonState } from './state';
import type { Step } from './step';

/**
 * How absent the manager looks to the team, 0..1: none until more real
 * obstacles have been handed back lately than the team shrugs off, all of it
 * at twice that many.
 */
export function seenAbsent(state: SeasonState): number {
  const { absentAfter } = state.tuning.help;
  return clamp((state.manager.absence - absentAfter) / absentAfter);
}

/** Morale drifts toward this: own wins, ownership, growth, and the manager's state and presence. */
export function moraleTarget(rep: Rep, state: SeasonState): number {
  const winShare = rep.results.length > 0 ? mean(rep.results) : 0.4;
  const coachedHours = rep.coachingHours.reduce((sum, h) => sum + h, 0);
  const growth = Math.min(1, coachedHours / 4);
  return clamp(
    0.15 +
      0.25 * winShare +
      0.25 * rep.ownership +
      0.15 * growth +
      0.2 * state.manager.energy -
      0.08 * rep.rescuedRecently -
      state.tuning.help.absentTeamMorale * seenAbsent(state),
  );
}

/** A rep at the end of a week: lessons fade, skills fade without use, morale drifts. */
export function ageRep(step: Step, rep: Rep): void {
  const state = step.state;
  const tuning = state.tuning;

  for (const lesson of rep.lessons) lesson.weeksLeft -= 1;
  for (const faded of rep.lessons.filter((lesson) => lesson.weeksLeft <= 0)) {
    step.note('lessonFaded', rep.id, { detail: faded.dealId });
  }
  rep.lessons = rep.lessons.filter((lesson) => lesson.weeksLeft > 0);

  if (rep.capability > rep.capabilityFloor) {
    step.shiftRep(
      rep,
      'capability',
      (rep.capabilityFloor - rep.capability) / tuning.reps.forgetWeeks,
      'week.forgetting',
    );
  }
  step.shiftRep(
    rep,
    'ownership',
    (tuning.reps.ownershipHabit - rep.ownership) / tuning.reps.ownershipWeeks,
    'week.habit',
  );
  const target = moraleTarget(rep, state);
  step.shiftRep(rep, 'morale', (target - rep.morale) / tuning.reps.moraleWeeks, 'week.morale');

  rep.rescuedRecently *= 0.7;
  rep.tenureWeeks += 1;
  rep.lowMoraleWeeks = rep.morale < tuning.reps.lowMorale ? rep.lowMoraleWeeks + 1 : 0;
  rep.coachingHours = [...rep.coachingHours.slice(-3), 0];
}

/** Whether this rep quits this week: only after several low-morale weeks in a row. */
export function quits(step: Step, rep: Rep): boolean {
  const { quitAfterWeeks, quitChance } = step.state.tuning.reps;
  return rep.lowMoraleWeeks >= quitAfterWeeks && step.draws.chance(quitChance);
}

export function newRep(
  fields: Pick<Rep, 'id' | 'name' | 'bio' | 'capability' | 'ownership' | 'morale'>,
  floorShare: number,
): Rep {
  return {
    ...fields,
    active: true,
    capabilityFloor: fields.capability * floorShare,
    lessons: [],
    tenureWeeks: 0,
    lowMoraleWeeks: 0,
    coachingHours: [0, 0, 0, 0],
    results: [],
    rescuedRecently: 0,
  };
}

/** The rep leaves; a green replacement takes over their open deals. */
export function replaceRep(step: Step, leaver: Rep): Rep {
  const state = step.state;
  const tuning = state.tuning;
  leaver.active = false;
  state.ledger.repsQuit += 1;
  step.note('repQuit', leaver.id, { stock: 'morale', delta: 0 });
  const hires = state.reps.length - state.reps.filter((r) => !r.replaces).length;
  const name =
    state.replacementNames[hires % Math.max(1, state.replacementNames.length)] ?? 'New hire';
  const hire = newRep(
    {
      id: `hire-${hires + 1}`,
      name,
      bio: `Joined in week ${state.week} to take over from ${leaver.name}.`,
      ...tuning.reps.replacement,
    },
    tuning.reps.floorShare,
  );
  hire.replaces = leaver.id;
  state.reps.push(hire);
  step.note('repHired', hire.id, { detail: leaver.id });
  for (const deal of state.deals) {
    if (deal.repId !== leaver.id || deal.status === 'won' || deal.status === 'lost') continue;
    const handed = step.deal(deal.id)!;
    handed.repId = hire.id;
    // Some of what the leaver knew about the customer leaves with them.
    step.shiftDealQuality(handed, -0.05, 'week.handover');
  }
  return hire;
}
