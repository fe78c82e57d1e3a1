/**
 * The lines of the generic conversations around the coaching talks (whose
 * words live in coachingTalkLines): reviewing a loss, what each style of
 * coaching does, and the words around a rescue or a stay-out. Written in the
 * reps' words, after DEAL-STRATEGY.md. `{customer}` and `{rep}` are filled in.
 */
import { type CoachingStyle, type Concession, type DealIdea, dealIdeas } from '../sim/vocabulary';
import { coachingTalkLines } from './coachingTalkLines';

/** The rep in a blameless loss review: what the customer decided, what was weak, what changes. */
export const reviewLines: Record<DealIdea, string> = {
  'business-goal':
    'They decided to do nothing. We never found out what the problem cost them, so waiting cost them nothing either. On my open deals I will get the customer to put a number on the pain before I propose.',
  'decision-process':
    'It stalled in procurement, then a finance director we had never met said no. We never mapped who signs. On my current deals I will walk the steps from yes to signature with my contact, with names and dates.',
  champion:
    'Our friendly contact had no pull, and nobody inside argued for us when it mattered. Next time I will test early whether my contact can and will sell for us when I am not there.',
  competition:
    'They went with a tool their own IT team built. We thought we had no competition, so we never showed why we beat building it themselves. On my open deals I will ask what they would do without us.',
  value:
    'It came down to price because we never showed the value in their terms, and the cheaper vendor won. Next time I will agree the value with their finance people before price comes up.',
  'compelling-event':
    'They slipped to next quarter, then went quiet. The only deadline was ours. On my current deals I will find the customer’s own date and work back from it.',
};

export interface IdeaLines {
  /** The rep's plan, weak on this idea, as the rep says it. */
  plan: string;
  /** The manager's question about the idea. */
  question: string;
  /** The manager's instruction about the idea. */
  instruction: string;
  /** The rep's answer to the question: they find the gap and name their own next step. */
  askReply: string;
  /** The rep's answer to the instruction: they will do it. */
  tellReply: string;
  /** The rep in a blameless loss review. */
  review: string;
}

/**
 * One talk per idea, the first of each kind in coachingTalkLines, for a
 * screen that has not moved to the talk the season chooses
 * (GameSession.coachingTalk, which never repeats one on a deal).
 */
export const ideaLines: Record<DealIdea, IdeaLines> = Object.fromEntries(
  dealIdeas.map((idea) => {
    const { plans, asks, tells } = coachingTalkLines[idea];
    const lines: IdeaLines = {
      plan: plans.discover[0]!,
      question: asks[0]!.line,
      instruction: tells[0]!.line,
      askReply: asks[0]!.reply,
      tellReply: tells[0]!.reply,
      review: reviewLines[idea],
    };
    return [idea, lines];
  }),
) as Record<DealIdea, IdeaLines>;

/** What the style of coaching does, said after the manager's line. */
export const styleFeedback: Record<CoachingStyle, string> = {
  ask: 'Asking let {rep} find the gap and name their own next step. That builds capability and ownership for every deal, not just this one.',
  tell: 'Telling fixes this deal faster, but {rep} learns less, and the next step is yours, not theirs.',
};

/** The manager's opening line in a loss review. */
export const reviewQuestion =
  'No blame: what did {customer} decide, and why? Which part of our plan was weak, and when could we have seen it?';

export const reviewFeedback =
  'A blameless review soon after a loss turns it into a lesson {rep} can use on every open deal.';

/** What the manager does in a rescue, by what they give away. */
export const rescueMoves: Record<Concession, string> = {
  none: 'You call the executive at {customer} yourself and push for a signature now, with nothing extra on the table.',
  discount:
    'You call the executive at {customer} yourself, offer a discount, and push for a signature now.',
  'free-services':
    'You call the executive at {customer} yourself, throw in free services, and push for a signature now.',
};

export const rescueAftermath =
  '{rep} watches you take the deal over. The customer will decide soon, and {rep} learns nothing from it.';

/** What the decision is about, said before the options, by the inbox item's kind. */
export const situationLines = {
  help: {
    speaker: 'rep',
    text: 'Have you got a minute for {customer}? I could really use your help on it.',
  },
  'coach-window': {
    speaker: 'narrator',
    text: '{customer} has just moved into a new stage. The plan can still change, so this is when coaching pays most.',
  },
  'going-south': {
    speaker: 'narrator',
    text: '{customer} is late in the pipeline and showing warning signs. The customer will decide soon, with or without you.',
  },
  'loss-to-review': {
    speaker: 'narrator',
    text: '{rep} lost {customer}. Reviewed soon, a loss becomes a lesson; left alone, it fades within a week or two.',
  },
} as const;

/**
 * The three answers to a request for help, as the decision screen words them.
 * None is free: which one is right depends on why the rep asked, and what
 * the rep says points to that only most of the time.
 */
export const requestAnswerWords = {
  coach: {
    label: 'Coach {rep} through it',
    detail:
      'Ask, so {rep} finds the way. A real obstacle: {rep} learns, the deal gains a little, its close may slip. Habit: {rep} owns more.',
  },
  'take-over': {
    label: 'Take it over: rescue it yourself',
    detail:
      'Fix it yourself, now. This deal may close; {rep} owns less and learns nothing, and asks again next time.',
  },
  'hand-back': {
    label: 'Hand it back',
    detail:
      'A short talk: {rep} runs it. Habit: {rep} owns more. A real obstacle {rep} cannot handle: the deal and {rep} suffer, and a team that sees it often feels alone.',
  },
  left: 'Leave it, and you take it over at the end of the week: the hours are already in your week.',
} as const;

/** Said when a rep asked for help and the manager stays out. */
export const stayOutLine = 'You stay out. {customer} stays {rep}’s deal to run.';

/** Said when the manager lets a loss go without a review. */
export const letGoLine = 'You let the {customer} loss go without a review. The lesson will fade.';

export function fillLine(line: string, names: { customer?: string; rep?: string }): string {
  return line
    .replaceAll('{customer}', names.customer ?? 'the customer')
    .replaceAll('{rep}', names.rep ?? 'the rep');
}

/** How much coaching the rep has had lately against the useful dose, for the coach option. */
export function doseLine(dose: {
  recentHours: number;
  doseHours: number;
  pastDose: boolean;
}): string {
  const recent = `${Math.round(dose.recentHours * 10) / 10} h`;
  return dose.pastDose
    ? `Past the useful dose: ${recent} of coaching in four weeks (about ${dose.doseHours} h helps); more feels like being watched, and ownership and morale dip.`
    : `Coaching in four weeks: ${recent} (up to about ${dose.doseHours} h helps).`;
}
