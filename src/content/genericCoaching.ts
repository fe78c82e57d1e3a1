/**
 * The lines of the generic conversations: coaching a deal that has no
 * authored story, reviewing a loss, and the words around a rescue or a
 * stay-out. For each deal-strategy idea the rep states the typical weak
 * plan; the manager can ask the question that helps the rep see the gap, or
 * tell the rep what to do; the rep answers. Written in the reps' words,
 * after docs DEAL-STRATEGY.md. `{customer}` and `{rep}` are filled in.
 */
import type { CoachingStyle, Concession, DealIdea } from '../sim/vocabulary';

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
  /** The rep in a blameless loss review: what the customer decided, what was weak, what changes. */
  review: string;
}

export const ideaLines: Record<DealIdea, IdeaLines> = {
  'business-goal': {
    plan: '{customer} loved the demo. They said the dashboards are exactly what they have been missing, so I am sending the proposal this week.',
    question:
      'What happens to {customer} if they do nothing this year? What does the problem cost them?',
    instruction:
      'Hold the proposal. Get them to name the business problem and what it costs them, then write the proposal around that.',
    askReply:
      'Honestly, I do not know. They liked the features, but I never heard what hurts. Before any proposal goes out, I will ask their operations lead what the problem costs them each month.',
    tellReply: 'OK. I will hold the proposal and ask them about the problem first.',
    review:
      'They decided to do nothing. We never found out what the problem cost them, so waiting cost them nothing either. On my open deals I will get the customer to put a number on the pain before I propose.',
  },
  'decision-process': {
    plan: 'My contact at {customer} says it is basically approved. We are just waiting on a signature.',
    question:
      'Walk me through what happens between their yes and a signed order. Who else has to agree?',
    instruction:
      'Get the name of everyone who signs or can say no, and the dates procurement and legal need, this week.',
    askReply:
      'I assumed my contact signs, but at this size it goes to their finance director, and procurement wants three quotes. I will sit down with my contact on Thursday and map every step, with names and dates.',
    tellReply: 'Fine. I will ask who else signs and when.',
    review:
      'It stalled in procurement, then a finance director we had never met said no. We never mapped who signs. On my current deals I will walk the steps from yes to signature with my contact, with names and dates.',
  },
  champion: {
    plan: 'My contact at {customer} is really friendly and always takes my calls. She will push it through for us.',
    question: 'When we are not in the room, who argues for us, and what do they get out of it?',
    instruction:
      'Find someone with real influence who wins when we win, and test them: ask them to set up the meeting with their boss.',
    askReply:
      'She is great, but she cannot spend money, and I am not sure she would stick her neck out. Her boss owns the budget. I will ask her what her boss needs to see, and whether she will get me twenty minutes with him.',
    tellReply: 'Right. I will ask her to introduce me to her boss.',
    review:
      'Our friendly contact had no pull, and nobody inside argued for us when it mattered. Next time I will test early whether my contact can and will sell for us when I am not there.',
  },
  competition: {
    plan: 'We are the only ones talking to {customer}. No competition on this one.',
    question: 'If they do not pick us, what do they pick instead?',
    instruction:
      'Assume there is an alternative: another vendor, building it themselves, or doing nothing. Find out which, and why we win against it.',
    askReply:
      'Their IT team could build something themselves; they mentioned a spreadsheet tool. I have not shown why we are better than that. I will ask them how they would solve it without us.',
    tellReply: 'OK. I will find out who else they are looking at.',
    review:
      'They went with a tool their own IT team built. We thought we had no competition, so we never showed why we beat building it themselves. On my open deals I will ask what they would do without us.',
  },
  value: {
    plan: '{customer} says we are over their budget. If we take fifteen percent off, I think they will sign.',
    question: 'How would their finance director put a number on what this fixes?',
    instruction:
      'Do not talk discount. Build the value case with them in their own numbers, money, time and risk, and get them to agree it.',
    askReply:
      'I have not asked. They process invoices by hand; if we cut that in half, that is two people’s time every month. I will work the numbers out with their finance lead before we talk price again.',
    tellReply: 'Got it. I will put a value case together instead of a discount.',
    review:
      'It came down to price because we never showed the value in their terms, and the cheaper vendor won. Next time I will agree the value with their finance people before price comes up.',
  },
  'compelling-event': {
    plan: 'I need {customer} to sign by the end of our quarter, so I am pushing them for the 30th.',
    question: 'Why would they decide by then rather than next quarter? Whose date is it?',
    instruction:
      'Find a date that matters to them, a launch, a contract ending, an audit, and build the plan back from it.',
    askReply:
      'It is our date, not theirs. They did mention their old contract ends in March. I will ask what has to be live before then and plan back from that date.',
    tellReply: 'OK. I will look for a date that matters to them.',
    review:
      'They slipped to next quarter, then went quiet. The only deadline was ours. On my current deals I will find the customer’s own date and work back from it.',
  },
};

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
