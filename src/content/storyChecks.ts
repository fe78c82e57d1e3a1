/**
 * Checks on a story deal's conversation once its shape is right: the start
 * and every `next` name a beat, every beat can be reached from the start,
 * every beat either offers choices or ends, no path goes round forever (so
 * every path reaches an ending), the effects along any path stay small, and
 * the conversation is about the deal's weak idea and holds a question.
 */
import type { DealIdea } from '../sim/vocabulary';
import type { ErrorReport } from './errorReport';
import type { DataPath } from './scenarioError';
import type { BeatEntry, DealEntry } from './scenarioSchema';
import { didYouMean, listNames } from './spelling';
import { type ChoiceEffectKey, choiceEffectKeys, conversationEffectLimit } from './story';

type Beats = Record<string, BeatEntry>;

function nextBeats(beat: BeatEntry | undefined): string[] {
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
function reachable(start: string, beats: Beats): Set<string> {
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

/** The largest and smallest total of one effect along any path from a beat (the story has no loops). */
function effectSpan(
  id: string,
  key: ChoiceEffectKey,
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
      const [low, high] = effectSpan(choice.next, key, beats, memo);
      const own = choice.effects[key] ?? 0;
      span = [Math.min(span[0], own + low), Math.max(span[1], own + high)];
    }
  }
  memo.set(id, span);
  return span;
}

function checkEffects(report: ErrorReport, at: DataPath, start: string, beats: Beats): void {
  for (const key of choiceEffectKeys) {
    const [low, high] = effectSpan(start, key, beats, new Map());
    const worst = Math.abs(low) > Math.abs(high) ? low : high;
    if (Math.abs(worst) > conversationEffectLimit + 1e-9) {
      report.add(
        [...at, 'beats'],
        `along one path the choices add up to ${worst.toFixed(2)} ${key}, beyond ±${conversationEffectLimit}`,
        `make the ${key} effects along that path smaller: a conversation nudges, the model does the rest`,
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
  if (!choices.some((choice) => choice.style === 'ask')) {
    report.add(
      [...at, 'beats'],
      'the conversation holds no question',
      'add at least one choice with "style": "ask" that lets the rep find the weakness',
    );
  }
}

/** Checks one story deal at `at` (its place in the file, e.g. ["deals", 2]). */
export function checkStory(report: ErrorReport, at: DataPath, deal: DealEntry): void {
  const beats = deal.beats;
  if (!beats || deal.start === undefined) return;
  const names = Object.keys(beats);
  if (names.length === 0) {
    report.add([...at, 'beats'], 'a story needs beats', 'add the beats of the conversation');
    return;
  }
  let linked = true;
  if (!beats[deal.start]) {
    unknownBeat(report, [...at, 'start'], deal.start, beats);
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
  if (!linked) {
    checkIdea(report, at, deal.weakIdea, beats);
    return;
  }
  const seen = reachable(deal.start, beats);
  for (const id of names) {
    if (seen.has(id)) continue;
    report.add(
      [...at, 'beats', id],
      `beat "${id}" can never be reached from the start beat "${deal.start}"`,
      `lead a choice to it with "next": "${id}", or remove it`,
    );
  }
  const loops = findLoops(deal.start, beats);
  for (const loop of loops) {
    report.add(
      [...at, 'beats', loop.beat, 'choices', loop.index, 'next'],
      `leads back to "${loop.route[0]}", so the conversation could go round forever (${loop.route.join(' → ')})`,
      'lead it forward, to a later beat or an ending',
    );
  }
  if (shaped && loops.length === 0) checkEffects(report, at, deal.start, beats);
  checkIdea(report, at, deal.weakIdea, beats);
}
