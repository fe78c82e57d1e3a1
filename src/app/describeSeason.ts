/** The season's summary in lines of words: the end screen and the debrief both show them. */
import type { SeasonSummary } from '../sim/seasonSummary';
import { money, percent, plural, points } from '../ui/format';

export interface SummaryLine {
  label: string;
  text: string;
}

export function describeSeason(summary: SeasonSummary, currency: string): SummaryLine[] {
  const share = summary.quota > 0 ? summary.bookings / summary.quota : 0;
  const { choices, first, last } = summary;
  const lines: SummaryLine[] = [
    {
      label: 'Bookings',
      text: `${money(summary.bookings, currency)} of ${money(summary.quota, currency)} quota (${percent(share)})`,
    },
    {
      label: 'Margin',
      text: `${percent(summary.margin)} kept; ${money(summary.discountGiven, currency)} given away in discounts, ${summary.freeServiceHours} hours of free services`,
    },
    { label: 'Deals', text: `${summary.dealsWon} won, ${summary.dealsLost} lost` },
    {
      label: 'Your choices',
      text: `coached ${plural(choices.coached, 'time')} (${choices.told} by telling), rescued ${choices.rescued} (${summary.rescues.won} of ${summary.rescues.decided} decided won), reviewed ${plural(choices.reviewed, 'loss', 'losses')}, stayed out ${plural(choices.stayedOut, 'time')}`,
    },
  ];
  if (last) {
    lines.push(
      {
        label: 'Your team',
        text: `capability ${points(first.capability)} → ${points(last.capability)}, ownership ${points(first.ownership)} → ${points(last.ownership)}, morale ${points(first.morale)} → ${points(last.morale)}; ${plural(summary.repsQuit, 'rep')} quit`,
      },
      {
        label: 'You',
        text: `energy ${points(first.energy)} → ${points(last.energy)}; ${plural(summary.burnedOutWeeks, 'week')} burned out, ${plural(summary.overloadWeeks, 'week')} over a normal week; ${summary.helpRequests} requests for help`,
      },
    );
  }
  return lines;
}
