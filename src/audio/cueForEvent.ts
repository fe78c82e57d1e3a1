import type { CueKey } from './soundKeys';

/**
 * The events the season machine emits that have a sound, written once
 * (dot-namespaced, past tense).
 */
export const cuedEventTypes = [
  'choice.made',
  'deal.coached',
  'deal.rescued',
  'deal.won',
  'deal.lost',
  'help.requested',
  'week.advanced',
  'manager.burnedOut',
] as const;
export type CuedEventType = (typeof cuedEventTypes)[number];

/** The cue each emitted event plays; the compiler checks every event has one. */
export const cueByEvent: Readonly<Record<CuedEventType, CueKey>> = Object.freeze({
  'choice.made': 'choose',
  'deal.coached': 'coach',
  'deal.rescued': 'rescue',
  'deal.won': 'deal-won',
  'deal.lost': 'deal-lost',
  'help.requested': 'help-request',
  'week.advanced': 'week-tick',
  'manager.burnedOut': 'burnout-warning',
});

const cued: ReadonlySet<string> = new Set(cuedEventTypes);

export function isCuedEventType(eventType: string): eventType is CuedEventType {
  return cued.has(eventType);
}

/** The cue an emitted machine event plays, or undefined when it plays none. */
export function cueForEvent(eventType: string): CueKey | undefined {
  return isCuedEventType(eventType) ? cueByEvent[eventType] : undefined;
}
