/**
 * Which generic coaching talk a coaching holds: a pure, seeded choice read
 * from the season's log, so a replayed season shows the same talks. For the
 * idea a coaching is about, the questions and the instructions each take
 * their turn through the season (starting where the seed puts them), and the
 * rep's plans take theirs at each moment of a deal; a deal never hears a
 * question or an instruction it has already heard while an unheard one is
 * left. The log keeps what every coaching was about (idea and stage), so the
 * talks of past coachings are chosen again the same way, in order.
 */
import { Draws, seedRandom } from '../sim/random';
import type { SeasonState } from '../sim/state';
import { type DealIdea, type DealStage, dealIdeas } from '../sim/vocabulary';
import { coachingTalkLines, type Exchange, type TalkMoment, talkMoment } from './coachingTalkLines';

export interface CoachingTalk {
  /** Which talk, e.g. "value/propose plan 1, ask 4, tell 0": the same key is the same words. */
  key: string;
  idea: DealIdea;
  /** The rep's plan, weak on the idea. */
  plan: string;
  /** The question the manager can ask, and the rep's answer. */
  ask: Exchange;
  /** The instruction the manager can give, and the rep's answer. */
  tell: Exchange;
}

/** A coaching as the log keeps it. */
interface Coaching {
  dealId: string;
  idea: DealIdea;
  stage: DealStage;
}

const pools = ['plan', 'ask', 'tell'] as const;

/** Where this season's turn through one pool of an idea starts: a draw from the seed. */
function start(seed: number, idea: DealIdea, pool: (typeof pools)[number], size: number): number {
  const stream = seed * 31 + dealIdeas.indexOf(idea) * pools.length + pools.indexOf(pool);
  return Math.floor(new Draws(seedRandom(stream)).next() * size);
}

/** What the season has held so far: turns taken per idea and per idea and moment, and what each deal heard. */
class TalksHeld {
  private readonly turns = new Map<string, number>();
  private readonly heard = new Map<string, Set<string>>();

  constructor(private readonly seed: number) {}

  private turn(key: string): number {
    return this.turns.get(key) ?? 0;
  }

  private heardOn(dealId: string): Set<string> {
    const heard = this.heard.get(dealId) ?? new Set<string>();
    this.heard.set(dealId, heard);
    return heard;
  }

  /** The talk for this coaching, which is then counted as held. */
  hold(coaching: Coaching): CoachingTalk {
    const { idea, dealId } = coaching;
    const moment: TalkMoment = talkMoment(coaching.stage);
    const lines = coachingTalkLines[idea];
    const plans = lines.plans[moment];
    const plan =
      (start(this.seed, idea, 'plan', plans.length) + this.turn(`${idea}/${moment}`)) %
      plans.length;
    const turn = this.turn(idea);
    const askFrom = start(this.seed, idea, 'ask', lines.asks.length) + turn;
    const tellFrom = start(this.seed, idea, 'tell', lines.tells.length) + turn;
    const heard = this.heardOn(dealId);
    const candidate = (step: number) => {
      const ask = (askFrom + step) % lines.asks.length;
      const tell = (tellFrom + step) % lines.tells.length;
      return { ask, tell, key: `${idea}/${moment} plan ${plan}, ask ${ask}, tell ${tell}` };
    };
    const steps = Array.from({ length: lines.asks.length * lines.tells.length }, (_, i) => i);
    const fresh =
      steps.find((step) => {
        const { ask, tell } = candidate(step);
        return !heard.has(`${idea} ask ${ask}`) && !heard.has(`${idea} tell ${tell}`);
      }) ??
      steps.find((step) => !heard.has(candidate(step).key)) ??
      0;
    const chosen = candidate(fresh);
    heard.add(`${idea} ask ${chosen.ask}`).add(`${idea} tell ${chosen.tell}`).add(chosen.key);
    this.turns.set(idea, turn + 1);
    this.turns.set(`${idea}/${moment}`, this.turn(`${idea}/${moment}`) + 1);
    return {
      key: chosen.key,
      idea,
      plan: plans[plan]!,
      ask: lines.asks[chosen.ask]!,
      tell: lines.tells[chosen.tell]!,
    };
  }
}

/** Every coaching of the season so far, in order, as the log keeps them. */
function coachingsSoFar(state: SeasonState): Coaching[] {
  const coachings: Coaching[] = [];
  for (const week of [...state.pastLog, state.log]) {
    for (const entry of week) {
      if (entry.kind === 'coached' && entry.about)
        coachings.push({ dealId: entry.subject, ...entry.about });
    }
  }
  return coachings;
}

/** The talk each coaching of the season so far held, in order (a story's own conversation counts as a turn). */
export function talksSoFar(state: SeasonState): { dealId: string; talk: CoachingTalk }[] {
  const held = new TalksHeld(state.seed);
  return coachingsSoFar(state).map((coaching) => ({
    dealId: coaching.dealId,
    talk: held.hold(coaching),
  }));
}

/** The talk coaching this deal now would hold, about its weakest idea; undefined for a deal not open to coaching. */
export function coachingTalk(state: SeasonState, dealId: string): CoachingTalk | undefined {
  const deal = state.deals.find((candidate) => candidate.id === dealId);
  if (!deal || deal.status === 'won' || deal.status === 'lost') return undefined;
  const held = new TalksHeld(state.seed);
  for (const coaching of coachingsSoFar(state)) held.hold(coaching);
  return held.hold({ dealId, idea: deal.weakIdea, stage: deal.status });
}
