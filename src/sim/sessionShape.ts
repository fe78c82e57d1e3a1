/**
 * A session read from outside (a save, a downloaded file) is checked for its
 * shape before anything replays it: every field, every branch and every
 * decision, with a sentence that says where it is wrong. What passes is
 * rebuilt from the known fields only; what the decisions mean is the
 * replay's to judge.
 */
import { type Decision, decisionTypes } from './decisions';
import { type Branch, type RoomVote, type Session, sessionFormat } from './session';
import { coachingStyles, concessions } from './vocabulary';

export type SessionShape = { ok: true; session: Session } | { ok: false; message: string };

/** Far more than any season needs; a file past these is refused rather than replayed. */
const maxBranches = 500;
const maxDecisions = 20_000;
const maxLines = 100;

type Fields = Record<string, unknown>;

const isFields = (value: unknown): value is Fields =>
  typeof value === 'object' && value !== null && !Array.isArray(value);
const isWhole = (value: unknown, min: number, max = Number.MAX_SAFE_INTEGER): value is number =>
  typeof value === 'number' && Number.isInteger(value) && value >= min && value <= max;
const isText = (value: unknown): value is string =>
  typeof value === 'string' && value.length > 0 && value.length <= 200;

const oneOf = <T extends string>(list: readonly T[], value: unknown): value is T =>
  typeof value === 'string' && (list as readonly string[]).includes(value);

/** The line numbers a decision takes through one of a story's talks, or why they are not. */
function lineNumbers(lines: unknown): number[] | string {
  if (!Array.isArray(lines) || lines.length === 0 || lines.length > maxLines)
    return 'has conversation lines that are not a list of line numbers';
  if (!lines.every((line) => isWhole(line, 0, 99)))
    return 'has a line number that is not a whole number';
  return [...lines] as number[];
}

/** The decision these fields describe, or why they describe none. */
export function decisionShape(raw: unknown): Decision | string {
  if (!isFields(raw)) return 'is not an object';
  const { type, week, dealId } = raw;
  if (!oneOf(decisionTypes, type))
    return `has an unknown type ${JSON.stringify(type)?.slice(0, 40)}`;
  if (!isWhole(week, 1, 1000)) return 'has no week number';
  if (type === 'week.advance') return { type, week };
  if (!isText(dealId)) return 'names no deal';
  switch (type) {
    case 'deal.coach': {
      const { style, lines } = raw;
      if (lines !== undefined) {
        if (style !== undefined) return 'gives both a style and conversation lines';
        const taken = lineNumbers(lines);
        return typeof taken === 'string' ? taken : { type, week, dealId, lines: taken };
      }
      if (!oneOf(coachingStyles, style)) return 'coaches in no known style (ask or tell)';
      return { type, week, dealId, style };
    }
    case 'deal.rescue': {
      const { concession, lines } = raw;
      if (lines !== undefined) {
        if (concession !== undefined) return 'gives both a concession and call lines';
        const taken = lineNumbers(lines);
        return typeof taken === 'string' ? taken : { type, week, dealId, lines: taken };
      }
      if (!oneOf(concessions, concession)) return 'rescues with no known concession';
      return { type, week, dealId, concession };
    }
    case 'loss.review': {
      const { lines } = raw;
      if (lines === undefined) return { type, week, dealId };
      const taken = lineNumbers(lines);
      return typeof taken === 'string' ? taken : { type, week, dealId, lines: taken };
    }
    case 'deal.stayOut':
      return { type, week, dealId };
  }
}

function branchShape(raw: unknown, at: number): Branch | string {
  const where = `branch ${at + 1}`;
  if (!isFields(raw)) return `${where} is not an object`;
  const { id, parent, fromWeek, decisions } = raw;
  if (!isText(id)) return `${where} has no id`;
  if (parent !== null && !isText(parent)) return `${where} names no parent (null for the first)`;
  if (!isWhole(fromWeek, 1, 1000)) return `${where} has no week it starts from`;
  if (!Array.isArray(decisions)) return `${where} has no list of decisions`;
  if (decisions.length > maxDecisions) return `${where} has more than ${maxDecisions} decisions`;
  const checked: Decision[] = [];
  for (const [i, entry] of decisions.entries()) {
    const decision = decisionShape(entry);
    if (typeof decision === 'string') return `decision ${i + 1} of ${where} ${decision}`;
    checked.push(decision);
  }
  return { id, parent, fromWeek, decisions: checked };
}

/** The room's vote these fields describe, or why they describe none. */
function voteShape(raw: unknown, at: number, branches: readonly Branch[]): RoomVote | string {
  const where = `vote ${at + 1}`;
  if (!isFields(raw)) return `${where} is not an object`;
  const { branch, week, dealId, options, tally, chosen, overridden } = raw;
  if (!isText(branch) || !branches.some((b) => b.id === branch))
    return `${where} names no branch of the session`;
  if (!isWhole(week, 1, 1000)) return `${where} has no week number`;
  if (!isText(dealId)) return `${where} names no deal`;
  if (!Array.isArray(options) || options.length === 0 || options.length > 9)
    return `${where} has no list of options (one to nine)`;
  const checkedOptions: RoomVote['options'] = [];
  for (const option of options) {
    if (!isFields(option) || !isText(option.action) || !isText(option.label))
      return `${where} has an option without an action and a label`;
    checkedOptions.push({ action: option.action, label: option.label });
  }
  if (
    !Array.isArray(tally) ||
    tally.length !== options.length ||
    !tally.every((count) => isWhole(count, 0, 10_000))
  )
    return `${where} has no count of hands for each option`;
  if (!isWhole(chosen, 0, options.length - 1))
    return `${where} does not say which option was taken`;
  if (typeof overridden !== 'boolean') return `${where} does not say whether it was overridden`;
  return {
    branch,
    week,
    dealId,
    options: checkedOptions,
    tally: [...tally] as number[],
    chosen,
    overridden,
  };
}

export function sessionShape(raw: unknown): SessionShape {
  const refuse = (message: string): SessionShape => ({ ok: false, message });
  if (!isFields(raw)) return refuse('it is not a saved session');
  if (raw.format !== sessionFormat) {
    return refuse(
      `it comes from another version of the game (session format ${String(raw.format).slice(0, 20)}, this game reads ${sessionFormat})`,
    );
  }
  const { scenario, scenarioVersion, seed, branches, current } = raw;
  if (!isText(scenario) || !isText(scenarioVersion))
    return refuse('it does not say which scenario it belongs to');
  if (!isWhole(seed, 0, 2 ** 32 - 1)) return refuse('its seed is not a whole number');
  if (!Array.isArray(branches) || branches.length === 0) return refuse('it has no decisions in it');
  if (branches.length > maxBranches) return refuse(`it has more than ${maxBranches} branches`);
  const checked: Branch[] = [];
  for (const [i, entry] of branches.entries()) {
    const branch = branchShape(entry, i);
    if (typeof branch === 'string') return refuse(branch);
    if (checked.some((b) => b.id === branch.id))
      return refuse(`two branches are called "${branch.id}"`);
    checked.push(branch);
  }
  for (const branch of checked) {
    if (branch.parent !== null && !checked.some((b) => b.id === branch.parent))
      return refuse(`branch "${branch.id}" comes from a branch that is not there`);
  }
  if (checked.filter((branch) => branch.parent === null).length !== 1)
    return refuse('it needs exactly one first branch');
  if (!isText(current) || !checked.some((branch) => branch.id === current))
    return refuse('it does not say which branch was played last');
  const session: Session = {
    format: sessionFormat,
    scenario,
    scenarioVersion,
    seed,
    branches: checked,
    current,
  };
  // Votes came with facilitated sessions; a log without them is as it always was.
  if (raw.votes !== undefined) {
    if (!Array.isArray(raw.votes) || raw.votes.length > maxDecisions)
      return refuse('its room votes are not a list');
    const votes: RoomVote[] = [];
    for (const [i, entry] of raw.votes.entries()) {
      const vote = voteShape(entry, i, checked);
      if (typeof vote === 'string') return refuse(vote);
      votes.push(vote);
    }
    session.votes = votes;
  }
  // Every branch must lead back to the first one (no loops).
  for (const branch of checked) {
    const seen = new Set<string>();
    for (let at: Branch | undefined = branch; at; at = checked.find((b) => b.id === at?.parent)) {
      if (seen.has(at.id)) return refuse(`its branches loop at "${at.id}"`);
      seen.add(at.id);
    }
  }
  return { ok: true, session };
}
