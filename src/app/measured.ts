/**
 * Work timed as a User Timing measure, for the browser benchmark to read
 * (performance.getEntriesByName). Measuring costs a clock read; nothing
 * else depends on it.
 */

/** The roads not taken, replayed when the debrief first opens. */
export const roadsMeasure = 'debrief.roads';

export function measured<T>(name: string, work: () => T): T {
  const start = performance.now();
  const result = work();
  performance.measure(name, { start, end: performance.now() });
  return result;
}
