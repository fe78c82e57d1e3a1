/**
 * The loops in words: each loop's name, its path through the model, and one
 * sentence from this season's figures. The debrief draws these; the sentences
 * are the table the DOM layer holds.
 */
import type { LoopName, LoopReading } from '../sim/loopStrengths';
import type { DescriptionTable } from '../ui/DomLayer';
import { money, percent, plural, points } from '../ui/format';

export const loopTitles: Record<LoopName, string> = {
  rescueRelief: 'Rescue relief',
  coachTheFix: 'Coach the fix',
  dependence: 'Dependence',
  crowdingOut: 'Crowding out',
  burnout: 'Burnout',
  compounding: 'Compounding capability',
  attrition: 'Attrition',
};

/**
 * Each loop's steps through the model, in order: the last leads back to the
 * first, which closes the loop. The diagram draws them; the table reads them.
 */
export const loopSteps: Record<LoopName, readonly string[]> = {
  rescueRelief: ['deal at risk', 'rescue', 'deal saved', 'less pressure'],
  coachTheFix: ['deal at risk', 'coach early', 'capability up', 'fewer at risk'],
  dependence: ['rescue', 'ownership down', 'more requests', 'more rescues'],
  crowdingOut: ['rescue hours', 'less coaching', 'skills fade', 'more at risk'],
  burnout: ['more work', 'overtime', 'energy down', 'less done'],
  compounding: ['capability up', 'own wins', 'ownership and morale up', 'more learning'],
  attrition: ['morale down', 'reps quit', 'green hires', 'more rescues'],
};

/** How fast a loop acts, where it matters. */
const loopPace: Partial<Record<LoopName, string>> = {
  rescueRelief: ' (fast)',
  coachTheFix: ' (slow)',
};

export const loopPaths: Record<LoopName, string> = Object.fromEntries(
  Object.entries(loopSteps).map(([loop, steps]) => [
    loop,
    `${steps.join(' → ')} → back to ${steps[0]}${loopPace[loop as LoopName] ?? ''}`,
  ]),
) as Record<LoopName, string>;

/** One short line from this season's figures (per-rep figures are means over everyone who was on the team). */
export function loopSentence(reading: LoopReading, currency: string): string {
  const f = reading.figures;
  const n = (key: string) => f[key] ?? 0;
  switch (reading.loop) {
    case 'rescueRelief':
      return n('rescues') === 0
        ? 'No rescues: no relief, and none of its price.'
        : `${plural(n('rescues'), 'rescue')} won ${plural(n('won'), 'deal')}: ${money(n('throughRescues'), currency)}, ${percent(n('share'))} of bookings.`;
    case 'coachTheFix':
      return n('coachings') === 0
        ? 'No coaching, so nothing was fixed early.'
        : `${plural(n('coachings'), 'session')} built ${points(n('capability'))} points of capability a rep.`;
    case 'dependence':
      return `${plural(n('rescues') + n('takeOvers'), 'rescue or take-over', 'rescues and take-overs')}: −${points(n('ownershipLost'))} ownership a rep; requests ${n('early').toFixed(1)} → ${n('late').toFixed(1)} a week.`;
    case 'crowdingOut':
      return `Rescues took ${Math.round(n('rescueHours'))} h; coaching got ${Math.round(n('coachingHours'))} h.`;
    case 'burnout':
      return `${plural(n('overloadWeeks'), 'week')} over a normal week; energy down to ${points(n('lowestEnergy'))}${n('burnedOutWeeks') > 0 ? `; ${plural(n('burnedOutWeeks'), 'week')} burned out` : ''}.`;
    case 'compounding':
      return `Capability ${points(n('firstCapability'))} → ${points(n('lastCapability'))}; ${plural(n('ownWins'), 'deal')} won by the reps alone.`;
    case 'attrition':
      return n('quit') === 0
        ? 'Nobody quit.'
        : `${plural(n('quit'), 'rep')} quit, for green hires.`;
  }
}

export function loopsTable(readings: readonly LoopReading[], currency: string): DescriptionTable {
  return {
    caption:
      'The loops of the model, each with how strongly it drove this season (0 to 100) and what it did',
    head: ['Loop', 'Kind', 'Path', 'Strength', 'This season'],
    rows: readings.map((reading) => [
      loopTitles[reading.loop],
      reading.kind,
      loopPaths[reading.loop],
      points(reading.strength),
      loopSentence(reading, currency),
    ]),
    data: { debriefSection: 'loops' },
  };
}
