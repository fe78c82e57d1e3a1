/**
 * The game's closed sets, written once. The same lists drive the schema,
 * the view and the tests.
 */

/** The stages a deal moves through before it is decided. */
export const dealStages = ['qualify', 'discover', 'propose', 'negotiate', 'decide'] as const;
export type DealStage = (typeof dealStages)[number];

/** Where a deal ends. */
export const dealOutcomes = ['won', 'lost'] as const;
export type DealOutcome = (typeof dealOutcomes)[number];

export type DealStatus = DealStage | DealOutcome;

/** Stages where coaching can still shape the deal. */
export const coachingStages: readonly DealStage[] = ['qualify', 'discover', 'propose'];
/** Stages where a manager can sweep in and rescue. */
export const rescueStages: readonly DealStage[] = ['negotiate', 'decide'];

/** What each rep carries, 0..1: deal-strategy skill, accountability for their deals, spirit. */
export const repStocks = ['capability', 'ownership', 'morale'] as const;
export type RepStock = (typeof repStocks)[number];

/** The six deal-strategy ideas the coaching conversations teach. */
export const dealIdeas = [
  'business-goal',
  'decision-process',
  'champion',
  'competition',
  'value',
  'compelling-event',
] as const;
export type DealIdea = (typeof dealIdeas)[number];

/** The idea in the words a rep would use. */
export const dealIdeaNames: Record<DealIdea, string> = {
  'business-goal': "the customer's business goal",
  'decision-process': 'the decision process and who decides',
  champion: 'a champion',
  competition: 'the competition and our difference',
  value: "value in the customer's terms",
  'compelling-event': 'a compelling event and timeline',
};

/** The warning a rep's deal shows when that idea is weak in its plan. */
export const dealIdeaWarnings: Record<DealIdea, string> = {
  'business-goal': 'No clear customer problem',
  'decision-process': 'Unknown who signs',
  champion: 'No champion inside',
  competition: 'Competition unknown',
  value: 'Talking price, not value',
  'compelling-event': 'No date that matters to them',
};

/** What the manager can give away to rescue a deal. */
export const concessions = ['none', 'discount', 'free-services'] as const;
export type Concession = (typeof concessions)[number];

/** How the manager coaches: asking builds more than telling. */
export const coachingStyles = ['ask', 'tell'] as const;
export type CoachingStyle = (typeof coachingStyles)[number];

/** The built-in scripted players. */
export const policyNames = [
  'coach-early',
  'rescue-late',
  'hands-off',
  'balanced',
  'myopic',
  'hand-back',
  'coach-all',
  'rescue-bare',
] as const;
export type PolicyName = (typeof policyNames)[number];

/** Stage names as the board shows them. */
export const dealStageNames: Record<DealStage, string> = {
  qualify: 'Qualify',
  discover: 'Discover',
  propose: 'Propose',
  negotiate: 'Negotiate',
  decide: 'Decide',
};

export const concessionNames: Record<Concession, string> = {
  none: 'Nothing: just push for a signature',
  discount: 'A discount',
  'free-services': 'Free services',
};

/**
 * Why a rep asks for help: a real obstacle on the deal (likelier on weak
 * deals and for less capable reps) or habit (likelier when ownership is low).
 */
export const helpCauses = ['obstacle', 'habit'] as const;
export type HelpCause = (typeof helpCauses)[number];

/** What a request looks like from outside: the rep's words, which point to a cause (not always the true one). */
export const helpCueLines: Record<HelpCause, string> = {
  obstacle: 'The customer raised something new, and I do not know how to answer it.',
  habit: 'Can you take a look? You are better at these than me.',
};

/** The three ways to answer a request for help. */
export const helpResponses = ['coach', 'take-over', 'hand-back'] as const;
export type HelpResponse = (typeof helpResponses)[number];
