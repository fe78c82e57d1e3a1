import { describe, expect, test } from 'vitest';
import { cueByEvent, cuedEventTypes, cueForEvent } from '../../src/audio/cueForEvent';
import { cueKeys } from '../../src/audio/soundKeys';

describe('cueForEvent', () => {
  test.each([
    ['deal.won', 'deal-won'],
    ['deal.lost', 'deal-lost'],
    ['deal.coached', 'coach'],
    ['deal.rescued', 'rescue'],
    ['help.requested', 'help-request'],
    ['week.advanced', 'week-tick'],
    ['manager.burnedOut', 'burnout-warning'],
    ['choice.made', 'choose'],
  ])('%s plays %s', (eventType, cue) => {
    expect(cueForEvent(eventType)).toBe(cue);
  });

  test.each([
    'deal.coach',
    'week.advance',
    'rep.quit',
    'DEAL.WON',
    'deal.won ',
    '',
    'toString',
    '__proto__',
    'constructor',
  ])('%j plays nothing', (eventType) => {
    expect(cueForEvent(eventType)).toBeUndefined();
  });

  test('the list and the table agree, and every cue has an event', () => {
    expect(Object.keys(cueByEvent).sort()).toEqual([...cuedEventTypes].sort());
    expect(new Set(Object.values(cueByEvent))).toEqual(new Set(cueKeys));
  });

  test('event types are dot-namespaced camelCase', () => {
    for (const eventType of cuedEventTypes) expect(eventType).toMatch(/^[a-z]+\.[a-z][A-Za-z]*$/);
  });
});
