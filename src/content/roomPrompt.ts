/**
 * A discussion prompt a scenario marks for a facilitated session, as the game
 * uses it (the file's shape is src/content/roomPrompts.ts). No schema library
 * here: the game reads checked prompts and ships without zod.
 */
export const promptBeats = ['week', 'results'] as const;
export type PromptBeat = (typeof promptBeats)[number];

export interface RoomPrompt {
  week: number;
  /** "week": as that week's board opens; "results": once its consequences are revealed. */
  at: PromptBeat;
  text: string;
  /** A countdown for the discussion, in seconds. */
  seconds?: number | undefined;
  /** For the facilitator only, in the presenter view. */
  notes?: string | undefined;
}

/** A prompt's id: its beat and week, unique in a scenario. */
export const promptId = (prompt: Pick<RoomPrompt, 'at' | 'week'>) => `${prompt.at}-${prompt.week}`;
