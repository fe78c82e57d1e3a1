/**
 * A chart's values at one week, for the week cursor a focused chart shows:
 * each line's name and value as the chart formats it. Keys move the cursor
 * a week at a time, or to the first or the last week.
 */
import type { ChartFigures } from './debriefCharts';

export interface WeekValues {
  week: string;
  values: { name: string; value: string }[];
}

export function weekValues(chart: ChartFigures, weekName: string, index: number): WeekValues {
  const at = (values: readonly number[]) => chart.format(values[index] ?? 0);
  return {
    week: weekName,
    values: [
      { name: 'You', value: at(chart.you) },
      ...chart.roads.map((road) => ({ name: road.name, value: at(road.values) })),
      ...(chart.reference
        ? [{ name: chart.reference.name, value: at(chart.reference.values) }]
        : []),
    ],
  };
}

/** The words a screen reader hears for the cursor's week. */
export function weekValuesWords(title: string, values: WeekValues): string {
  return `${title}, ${values.week}: ${values.values.map((v) => `${v.name} ${v.value}`).join(', ')}.`;
}

/** Where the cursor goes for a key, or undefined when the key does not move it. */
export function cursorAfter(key: string, index: number, count: number): number | undefined {
  switch (key) {
    case 'ArrowLeft':
      return Math.max(0, index - 1);
    case 'ArrowRight':
      return Math.min(count - 1, index + 1);
    case 'Home':
      return 0;
    case 'End':
      return count - 1;
    default:
      return undefined;
  }
}
