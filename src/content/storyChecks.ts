/**
 * Checks on a story deal's conversation once its shape is right: the start
 * and every `next` name a beat, every beat can be reached from the start,
 * every beat either offers choices or ends, no path goes round forever (so
 * every path reaches an ending), the effects along any path stay small, and
 * the conversation is about the deal's weak idea and holds a question.
 */

import { callGiveLimits } from '../sim/storyPlan';
import type { DealIdea } from '../sim/vocabulary';
import type { ErrorReport } from './errorReport';
import { readsAsQuestion } from './lineWording';
import type { DataPath } from './scenarioError';
import type { DealEntry } from './scenarioSchema';
import { didYouMean, listNames } from './spelling';
import { type ChoiceEffectKey, choiceEffectKeys, conversationEffectLimit } from './story';
import { checkStoryBeats, type StoryContext } from './storyBeatChecks';

interface TalkChoice {
  idea: DealIdea;
  label?: string;
  style?: string;
  effects: Partial<Record<ChoiceEffectKey, number>>;
  give?: { discount?: number | undefined; freeServices?: number | undefined } | undefined;
  next: string;
}
interface TalkBeat {
  choices?: TalkChoice[] | undefined;
  ending?: { summary: string } | undefined;
}
type Beats = Record<string, TalkBeat>;
type Amount = (choice: TalkChoice) => number;

/** Any talk's beats, as far as links go. */
type Linked = Record<string, { choices?: readonly { next: string }[] | undefined }>;

function nextBeats(beat: Linked[string] | undefined): string[] {
  return (beat?.choices ?? []).map((choice) => choice.next);
}

function unknownBeat(report: ErrorReport, path: DataPath, name: string, beats: Beats): void {
  const names = Object.keys(beats);
  report.add(
    path,
    `unknown beat "${name}"`,
    `${didYouMean(name, names)}beats here: ${listNames(names)}`,
  );
}

/** Beats reachable from the start, following only choices that lead somewhere real. */
export function reachable(start: string, beats: Linked): Set<string> {
  const seen = new Set<string>();
  const queue = [start];
  while (queue.length > 0) {
    const id = queue.shift()!;
    if (seen.has(id) || !beats[id]) continue;
    seen.add(id);
    queue.push(...nextBeats(beats[id]));
  }
  return seen;
}

/** Every choice that leads back to a beat already on the way: a loop. */
function findLoops(
  start: string,
  beats: Beats,
): { beat: string; index: number; route: string[] }[] {
  const loops: { beat: string; index: number; route: string[] }[] = [];
  const done = new Set<string>();
  const route: string[] = [];
  const visit = (id: string): void => {
    const beat = beats[id];
    if (!beat || done.has(id)) return;
    route.push(id);
    (beat.choices ?? []).forEach((choice, index) => {
      const back = route.indexOf(choice.next);
      if (back >= 0) loops.push({ beat: id, index, route: [...route.slice(back), choice.next] });
      else visit(choice.next);
    });
    route.pop();
    done.add(id);
  };
  visit(start);
  return loops;
}

/** The largest and smallest total of one amount along any path from a beat (the talk has no loops). */
function effectSpan(
  id: string,
  amount: Amount,
  beats: Beats,
  memo: Map<string, [number, number]>,
): [number, number] {
  const known = memo.get(id);
  if (known) return known;
  const choices = beats[id]?.choices ?? [];
  let span: [number, number] = [0, 0];
  if (choices.length > 0) {
    span = [Number.POSITIVE_INFINITY, Number.NEGATIVE_INFINITY];
    for (const choice of choices) {
      const [low, high] = effectSpan(choice.next, amount, beats, memo);
      const own = amount(choice);
      span = [Math.min(span[0], own + low), Math.max(span[1], own + high)];
    }
  }
  memo.set(id, span);
  return span;
}

function checkEffects(report: ErrorReport, at: DataPath, start: string, beats: Beats): void {
  for (const key of choiceEffectKeys) {
    const [low, high] = effectSpan(start, (choice) => choice.effects[key] ?? 0, beats, new Map());
    const worst = Math.abs(low) > Math.abs(high) ? low : high;
    if (Math.abs(worst) > conversationEffectLimit + 1e-9) {
      report.add(
        [...at, 'beats'],
        `along one path the choices add up to ${worst.toFixed(2)} ${key}, beyond ±${conversationEffectLimit}`,
        `make the ${key} effects along that path smaller: a conversation nudges, the model does the rest`,
      );
    }
  }
  const gives = [
    ['discount', (choice: TalkChoice) => choice.give?.discount ?? 0, callGiveLimits.discount],
    [
      'freeServices',
      (choice: TalkChoice) => choice.give?.freeServices ?? 0,
      callGiveLimits.freeServices,
    ],
  ] as const;
  for (const [key, amount, limit] of gives) {
    const [, high] = effectSpan(start, amount, beats, new Map());
    if (high > limit + 1e-9) {
      report.add(
        [...at, 'beats'],
        `along one path the call gives away ${high} ${key === 'discount' ? 'of the value' : 'hours'} in ${key}, beyond ${limit}`,
        `give less along that path: a rescue call gives ${key} up to ${limit} in all`,
      );
    }
  }
}

function checkIdea(report: ErrorReport, at: DataPath, idea: DealIdea, beats: Beats): void {
  const choices = Object.values(beats).flatMap((beat) => beat.choices ?? []);
  if (!choices.some((choice) => choice.idea === idea)) {
    report.add(
      [...at, 'weakIdea'],
      `no choice in the conversation is about "${idea}", the weakness of this deal`,
      `add a choice with "idea": "${idea}" that helps the rep see it, or change weakIdea`,
    );
  }
  checkQuestion(report, at, beats);
}

function checkQuestion(report: ErrorReport, at: DataPath, beats: Beats): void {
  // A line labelled "tell" must read as telling: the player tells the two styles apart by their words.
  for (const [id, beat] of Object.entries(beats)) {
    (beat.choices ?? []).forEach((choice, index) => {
      if (choice.style === 'tell' && readsAsQuestion(choice.label ?? '')) {
        report.add(
          [...at, 'beats', id, 'choices', index, 'label'],
          'a "tell" line reads as a question (a question mark, or it opens with "Ask")',
          'word it as an instruction ("Get…", "Find out…", "Send…"), or mark it "style": "ask"',
        );
      }
    });
  }
  const choices = Object.values(beats).flatMap((beat) => beat.choices ?? []);
  if (!choices.some((choice) => choice.style === 'ask')) {
    report.add(
      [...at, 'beats'],
      'the conversation holds no question',
      'add at least one choice with "style": "ask" that lets the rep find the weakness',
    );
  }
}

/** A rescue call's lines give one thing each, and the call offers staying beside the rep. */
function checkCall(report: ErrorReport, at: DataPath, beats: Beats): void {
  for (const [id, beat] of Object.entries(beats)) {
    (beat.choices ?? []).forEach((choice, index) => {
      if (choice.give?.discount !== undefined && choice.give.freeServices !== undefined) {
        report.add(
          [...at, 'beats', id, 'choices', index, 'give'],
          'a line gives either a discount or free services, this one gives both',
          'split it into two lines, or keep one of the two',
        );
      }
    });
  }
  const choices = Object.values(beats).flatMap((beat) => beat.choices ?? []);
  if (!choices.some((choice) => (choice as { lead?: string }).lead === 'rep')) {
    report.add(
      [...at, 'beats'],
      'the call never lets the rep lead',
      'add a line with "lead": "rep": the manager stays beside the rep instead of taking the call over',
    );
  }
}

/** Checks one story deal at `at` (its place in the file, e.g. ["deals", 2]). */
export function checkStory(
  report: ErrorReport,
  at: DataPath,
  deal: DealEntry,
  context: StoryContext,
): void {
  if (!deal.beats || deal.start === undefined) return;
  const coached = checkTalk(report, at, deal.start, deal.beats, 'conversation');
  if (coached) checkIdea(report, at, deal.weakIdea, deal.beats);
  if (deal.rescue) {
    const place = [...at, 'rescue'];
    if (checkTalk(report, place, deal.rescue.start, deal.rescue.beats, 'call'))
      checkCall(report, place, deal.rescue.beats);
  }
  if (deal.review) {
    const place = [...at, 'review'];
    if (checkTalk(report, place, deal.review.start, deal.review.beats, 'review'))
      checkQuestion(report, place, deal.review.beats);
  }
  checkStoryBeats(report, at, deal, ideasTaught(deal.beats), context);
}

/** The ideas some line of the coaching conversation is about: what a later guard can ask was coached. */
function ideasTaught(beats: Beats): Set<DealIdea> {
  return new Set(Object.values(beats).flatMap((beat) => (beat.choices ?? []).map((c) => c.idea)));
}

/**
 * Checks one talk (the coaching conversation, the rescue call, the review)
 * at `at`: links, reachability, dead ends, loops and effect bounds. Returns
 * whether its links hold (the checks of its content need them).
 */
function checkTalk(
  report: ErrorReport,
  at: DataPath,
  start: string,
  beats: Beats,
  what: string,
): boolean {
  const names = Object.keys(beats);
  if (names.length === 0) {
    report.add([...at, 'beats'], `a ${what} needs beats`, `add the beats of the ${what}`);
    return false;
  }
  let linked = true;
  if (!beats[start]) {
    unknownBeat(report, [...at, 'start'], start, beats);
    linked = false;
  }
  let shaped = true;
  for (const [id, beat] of Object.entries(beats)) {
    const place = [...at, 'beats', id];
    if (beat.choices && beat.ending) {
      report.add(
        place,
        'a beat has either choices or an ending, this one has both',
        'remove the ending to go on, or the choices to end here',
      );
      shaped = false;
    } else if (!beat.choices && !beat.ending) {
      report.add(
        place,
        'dead end: no choices lead on and it is not an ending',
        'add choices with a "next", or mark it as an end with "ending": { "summary": "…" }',
      );
      shaped = false;
    }
    (beat.choices ?? []).forEach((choice, index) => {
      if (!beats[choice.next]) {
        unknownBeat(report, [...place, 'choices', index, 'next'], choice.next, beats);
        linked = false;
      }
    });
  }
  // A broken link already explains why the beats after it look unreachable.
  if (!linked) return true;
  const seen = reachable(start, beats);
  for (const id of names) {
    if (seen.has(id)) continue;
    report.add(
      [...at, 'beats', id],
      `beat "${id}" can never be reached from the start beat "${start}"`,
      `lead a choice to it with "next": "${id}", or remove it`,
    );
  }
  const loops = findLoops(start, beats);
  for (const loop of loops) {
    report.add(
      [...at, 'beats', loop.beat, 'choices', loop.index, 'next'],
      `leads back to "${loop.route[0]}", so the conversation could go round forever (${loop.route.join(' → ')})`,
      'lead it forward, to a later beat or an ending',
    );
  }
  if (shaped && loops.length === 0) checkEffects(report, at, start, beats);
  return true;
}
