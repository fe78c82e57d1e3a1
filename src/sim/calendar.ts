/** Weeks and quarters: a quarter is 13 weeks, week 1 opens the first. */
export const weeksPerQuarter = 13;

export function quarterOf(week: number): number {
  return Math.floor((week - 1) / weeksPerQuarter) + 1;
}

export function weekInQuarter(week: number): number {
  return ((week - 1) % weeksPerQuarter) + 1;
}

/** Weeks left in the week's quarter, that week included. */
export function weeksLeftInQuarter(week: number): number {
  return weeksPerQuarter - weekInQuarter(week) + 1;
}
