/**
 * The shape of a scenario file, as authors write it. Every object is strict
 * (an unknown or misspelt field is an error) and every field says what it is
 * for: the descriptions become the hover help and autocompletion of the
 * generated JSON Schema. Links between parts (a `next` that names a beat, a
 * `rep` that names a rep) are checked after this, in scenarioChecks.
 */
import { z } from 'zod';
import { callGiveLimits, callLeads } from '../sim/storyPlan';
import { coachingStyles, dealIdeas, dealStages, repStocks } from '../sim/vocabulary';
import { roomPromptsSchema } from './roomPrompts';
import { choiceEffectLimit, speakers } from './story';
import { tuningFieldSchema, tuningOverridesSchema } from './tuningSchema';

/** Lengths that fit the 1920×1080 stage at 28 px. */
export const textLimits = {
  title: 60,
  summary: 400,
  name: 40,
  bio: 200,
  headline: 70,
  beatText: 320,
  choiceLabel: 110,
  feedback: 280,
  endingSummary: 200,
  line: 240,
} as const;

/** Ids: lower-case words joined by single dashes, starting with a letter. */
export const idPattern = /^[a-z][a-z0-9]*(-[a-z0-9]+)*$/;

const id = (what: string) => z.string().regex(idPattern).describe(what);

const text = (max: number, what: string) => z.string().min(1).max(max).describe(what);

const stock = (what: string) => z.number().min(0).max(1).describe(what);

const nudge = (limit: number, what: string) =>
  z.number().min(-limit).max(limit).optional().describe(what);

const week = (what: string) => z.number().int().min(1).max(52).describe(what);

export const choiceEffectsSchema = z
  .strictObject({
    dealQuality: nudge(
      choiceEffectLimit,
      "Change to the deal's hidden strategy quality, from -0.1 to 0.1.",
    ),
    capability: nudge(choiceEffectLimit, "Change to the rep's capability, from -0.1 to 0.1."),
    ownership: nudge(
      choiceEffectLimit,
      "Change to the rep's ownership of their deals, from -0.1 to 0.1.",
    ),
    morale: nudge(choiceEffectLimit, "Change to the rep's morale, from -0.1 to 0.1."),
  })
  .describe(
    "What this line adds on top of the model's own coaching effects. Give only what it changes; {} for nothing.",
  );

export const choiceSchema = z
  .strictObject({
    label: text(textLimits.choiceLabel, 'What the manager says, as the option shows it.'),
    style: z
      .enum(coachingStyles)
      .describe('"ask" for a question that lets the rep find it; "tell" for an answer or order.'),
    idea: z.enum(dealIdeas).describe('The deal-strategy idea this line is about.'),
    effects: choiceEffectsSchema,
    feedback: text(
      textLimits.feedback,
      'One or two sentences shown after the choice: name the idea in plain words and say why the line works or not.',
    ),
    next: id('The id of the beat this choice leads to.'),
  })
  .describe('One thing the manager can say.');

export const beatSchema = z
  .strictObject({
    speaker: z
      .enum(speakers)
      .describe('Who speaks the text: "rep", "manager", "narrator", or on a rescue call "buyer".'),
    text: text(textLimits.beatText, 'What is said or shown at this beat.'),
    choices: z
      .array(choiceSchema)
      .min(1)
      .max(4)
      .optional()
      .describe("The manager's options: one to four, and two to four reads best."),
    ending: z
      .strictObject({
        summary: text(textLimits.endingSummary, 'What the conversation came to, in a line.'),
      })
      .optional()
      .describe('Marks this beat as an end of the conversation. A beat has choices or an ending.'),
  })
  .describe('One step of the conversation.');

export const callChoiceSchema = z
  .strictObject({
    label: text(
      textLimits.choiceLabel,
      'What the manager says on the call, as the option shows it.',
    ),
    lead: z
      .enum(callLeads)
      .describe(
        '"manager" when you take the call over and answer the buyer; "rep" when the rep leads and you stay beside them.',
      ),
    idea: z.enum(dealIdeas).describe('The deal-strategy idea this line is about.'),
    give: z
      .strictObject({
        discount: z
          .number()
          .min(0.01)
          .max(callGiveLimits.discount)
          .optional()
          .describe(
            `A share of the deal's value off, from 0.01 to ${callGiveLimits.discount} (0.1 is ten per cent).`,
          ),
        freeServices: z
          .number()
          .int()
          .min(1)
          .max(callGiveLimits.freeServices)
          .optional()
          .describe(`Hours of free services, from 1 to ${callGiveLimits.freeServices}.`),
      })
      .optional()
      .describe('What this line gives the customer; leave it out to give nothing. One of the two.'),
    effects: choiceEffectsSchema,
    feedback: text(
      textLimits.feedback,
      'One or two sentences shown after the choice: name the idea in plain words and say why the line works or not.',
    ),
    next: id('The id of the beat this line leads to.'),
  })
  .describe('One thing the manager can say on the rescue call, and what it gives away.');

const talk = <T extends z.ZodType>(choice: T, what: string) =>
  z
    .strictObject({
      start: id('The id of the beat the talk opens with.'),
      beats: z
        .record(
          z.string().regex(idPattern),
          beatSchema.extend({
            choices: z
              .array(choice)
              .min(1)
              .max(4)
              .optional()
              .describe("The manager's options: one to four, and two to four reads best."),
          }),
        )
        .describe('The beats of the talk, beat id → beat.'),
    })
    .describe(what);

export const triggerSchema = z
  .strictObject({
    week: week('Fires at the first week that opens at or after this week.').optional(),
    stage: z
      .enum(dealStages)
      .optional()
      .describe('Fires when the deal has reached this stage (or a later one).'),
    event: id('Fires in the week the scenario event with this id lands.').optional(),
  })
  .describe('When it fires: give one of week, stage or event.');

const threshold = (what: string) => z.number().min(0).max(1).optional().describe(what);

export const guardSchema = z
  .strictObject({
    coached: z
      .enum(dealIdeas)
      .optional()
      .describe('Holds when this idea was coached on this deal earlier.'),
    style: z
      .enum(coachingStyles)
      .optional()
      .describe('With coached: only when it was coached this way ("ask" or "tell").'),
    strength: z
      .strictObject({
        above: threshold("Holds when the deal's strength is above this, 0 to 1."),
        below: threshold("Holds when the deal's strength is below this, 0 to 1."),
      })
      .optional()
      .describe("Holds when the deal's strength is within these bounds."),
    stock: z
      .enum(repStocks)
      .optional()
      .describe("Holds when this stock of the rep's is above or below a value."),
    above: threshold('With stock: holds when the stock is above this, 0 to 1.'),
    below: threshold('With stock: holds when the stock is below this, 0 to 1.'),
  })
  .describe(
    'One condition: give one of coached (with style), strength, or stock (with above or below).',
  );

const guards = z
  .array(guardSchema)
  .max(4)
  .optional()
  .describe('All of these must hold; leave it out to always hold.');

const outcome = (what: string) =>
  z
    .strictObject({
      text: text(textLimits.beatText, 'What happens, as the player reads it.'),
      effects: choiceEffectsSchema,
    })
    .describe(what);

export const middleBeatSchema = z
  .strictObject({
    id: id('A unique id for the beat within this deal, e.g. "champion-leaves".'),
    on: triggerSchema,
    when: guards,
    happens: outcome('What happens when every condition holds.'),
    otherwise: outcome('What happens when one does not.').optional(),
  })
  .describe('Something that happens to the deal in its middle weeks.');

export const crisisSchema = z
  .strictObject({
    on: triggerSchema,
    when: guards,
    text: text(
      textLimits.beatText,
      'What goes wrong, or what the rep asks, as the player reads it.',
    ),
    effects: choiceEffectsSchema,
  })
  .describe('The deal goes south, or the rep asks to be rescued: it shows in the inbox that week.');

export const dealSchema = z
  .strictObject({
    id: id('A unique id for the deal, e.g. "bluewater".'),
    customer: text(textLimits.name, 'The customer, one of market.customers.'),
    rep: id('The id of the rep who owns the deal.'),
    value: z.number().positive().describe("The deal's value in the scenario's currency."),
    stage: z.enum(dealStages).describe('The stage the deal is in when it arrives.'),
    quality: stock("The deal's hidden strategy quality, 0 (hopeless) to 1 (solid)."),
    weakIdea: z
      .enum(dealIdeas)
      .describe("The idea the rep's plan is weakest on; a story's conversation is about it."),
    arrivesWeek: week('The week the deal enters the pipeline; 1 means it is there at the start.'),
    start: id('Story deals only: the id of the beat the conversation opens with.').optional(),
    beats: z
      .record(z.string().regex(idPattern), beatSchema)
      .optional()
      .describe('Story deals only: the coaching conversation, beat id → beat.'),
    middle: z
      .array(middleBeatSchema)
      .max(6)
      .optional()
      .describe('Story deals only: beats that fire in the middle weeks.'),
    crisis: crisisSchema.optional(),
    rescue: talk(
      callChoiceSchema,
      'Story deals only: the call with the customer when the manager rescues the deal.',
    ).optional(),
    review: talk(
      choiceSchema,
      'Story deals only: the review talk after the deal is lost.',
    ).optional(),
  })
  .describe('A deal placed in the pipeline by the author; with start and beats, a story deal.');

export const repSchema = z
  .strictObject({
    id: id('A unique id for the rep, e.g. "rosa".'),
    name: text(textLimits.name, 'The name players see.'),
    bio: text(textLimits.bio, 'A short bio: who this rep is, in a sentence or two.'),
    capability: stock('How well the rep builds deal strategy, 0 to 1.'),
    ownership: stock('How much the rep owns their deals rather than handing them up, 0 to 1.'),
    morale: stock('How the rep feels about the job, 0 to 1.'),
  })
  .describe('A rep on the team.');

export const eventSchema = z
  .strictObject({
    id: id('A unique id for the event.'),
    week: week('The week it happens.'),
    headline: text(textLimits.headline, 'The headline players see.'),
    text: text(textLimits.beatText, 'What happened, in a few sentences.'),
    effects: z
      .strictObject({
        teamMorale: nudge(0.3, "Change to every rep's morale, from -0.3 to 0.3."),
        rep: id('The id of the rep the next two effects touch.').optional(),
        repMorale: nudge(0.3, "Change to that rep's morale, from -0.3 to 0.3."),
        repOwnership: nudge(0.3, "Change to that rep's ownership, from -0.3 to 0.3."),
        adminHours: z
          .number()
          .min(0)
          .max(30)
          .optional()
          .describe('Extra admin hours for the manager that week, 0 to 30.'),
        openDealQuality: nudge(0.2, 'Change to the quality of every open deal, from -0.2 to 0.2.'),
      })
      .describe('What the event changes; {} for news only.'),
  })
  .describe('Something that happens in a given week.');

export const scenarioFileSchema = z
  .strictObject({
    $schema: z
      .string()
      .optional()
      .describe('The JSON Schema for editors: "./scenario.schema.json".'),
    id: id('The scenario id: the file name without ".json".'),
    title: text(textLimits.title, 'The name players see in the scenario list.'),
    summary: text(textLimits.summary, 'A few sentences on the situation, shown before play.'),
    weeks: week('How many weeks the season lasts (13 is a quarter).'),
    learningGoals: z
      .array(text(textLimits.line, 'One thing players should take away.'))
      .min(1)
      .describe('What players should learn, for the facilitator.'),
    quotaPerQuarter: z.number().positive().describe('The bookings target for each 13 weeks.'),
    currency: z
      .string()
      .regex(/^[A-Z]{3}$/)
      .describe('The ISO currency code for money, e.g. "USD".'),
    manager: z
      .strictObject({
        normalHours: tuningFieldSchema('manager.normalHours').describe(
          "The manager's normal working week, in hours; demand above it is overload.",
        ),
        hardCapHours: tuningFieldSchema('manager.hardCapHours').describe(
          'The most hours the manager can work in a week; more than normalHours.',
        ),
        adminHours: tuningFieldSchema('manager.adminHours').describe(
          'Hours gone to meetings, reports and forecast calls before any choice.',
        ),
      })
      .describe("The manager's week."),
    team: z.array(repSchema).min(1).max(8).describe('The reps, one to eight.'),
    market: z
      .strictObject({
        dealsPerRepPerWeek: tuningFieldSchema('deals.arrivalsPerRep').describe(
          'How many new deals each rep finds in an average week, e.g. 0.4.',
        ),
        valueRange: z
          .tuple([z.number().positive(), z.number().positive()])
          .describe('The smallest and largest value of a new deal, e.g. [20000, 120000].'),
        customers: z
          .array(text(textLimits.name, 'A customer name.'))
          .min(1)
          .describe('Customer names new deals are drawn from; every authored deal uses one.'),
        replacementNames: z
          .array(text(textLimits.name, 'A name.'))
          .min(1)
          .describe('Names for reps hired to replace those who quit.'),
        openingDealsPerRep: z
          .number()
          .int()
          .min(0)
          .max(6)
          .describe('Deals each rep already has in the early stages on week 1.'),
      })
      .describe('Where new deals come from.'),
    tuning: tuningOverridesSchema.optional(),
    deals: z.array(dealSchema).describe('Deals the author places: plain ones and story deals.'),
    events: z.array(eventSchema).describe('Things that happen in given weeks.'),
    debriefQuestions: z
      .array(text(textLimits.line, 'A question for the room.'))
      .min(1)
      .describe('Questions for the facilitator to ask after play.'),
    prompts: roomPromptsSchema.optional(),
  })
  .describe('A scenario for Coach or Rescue.');

export type ScenarioFile = z.infer<typeof scenarioFileSchema>;
export type DealEntry = z.infer<typeof dealSchema>;
export type BeatEntry = z.infer<typeof beatSchema>;
export type MiddleBeatEntry = z.infer<typeof middleBeatSchema>;
export type GuardEntry = z.infer<typeof guardSchema>;
export type TriggerEntry = z.infer<typeof triggerSchema>;
export type CallChoiceEntry = z.infer<typeof callChoiceSchema>;
