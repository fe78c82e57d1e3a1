/**
 * The discussion prompts a scenario marks for a facilitated session: at a
 * week's board or after its consequences are revealed, a question for the
 * room, an optional countdown, and a note only the presenter view shows.
 * Optional in a scenario file; a separate block so the schema grows by one line.
 * What it parses to is the game's RoomPrompt (src/content/roomPrompt.ts):
 * src/content/scenario.ts hands one to the other, so the compiler holds them equal.
 */
import { z } from 'zod';
import { promptBeats } from './roomPrompt';

export const roomPromptsSchema = z
  .array(
    z.strictObject({
      week: z.number().int().min(1).max(52).describe('The week the prompt belongs to.'),
      at: z
        .enum(promptBeats)
        .describe(
          'When it shows: "week" as the board opens, "results" once the consequences are revealed.',
        ),
      text: z.string().min(1).max(200).describe('The question for the room, shown large.'),
      seconds: z
        .number()
        .int()
        .min(10)
        .max(1800)
        .optional()
        .describe('A countdown for the discussion, in seconds; none when left out.'),
      notes: z
        .string()
        .min(1)
        .max(400)
        .optional()
        .describe('For the facilitator only: what to listen for, shown in the presenter view.'),
    }),
  )
  .describe('Discussion prompts for a facilitated session, at the beats they mark.');
