/**
 * How large and how deeply nested a scenario file may be. Far beyond any
 * real scenario (the largest that ships is about 53 KB and nests 8 deep), and
 * small enough that checking a file at the limit takes well under a second.
 * A file past either limit is refused before it is parsed.
 */

export const scenarioLimits = {
  /** Bytes of the file. */
  bytes: 1_000_000,
  /** Lists and objects inside each other. */
  depth: 32,
} as const;

/** 6,143,223 bytes → "6.1 MB"; 1,000,000 → "1 MB"; 52,430 → "52 KB". */
export function sizeWords(bytes: number): string {
  if (bytes >= 1_000_000) return `${(bytes / 1_000_000).toFixed(1).replace(/\.0$/, '')} MB`;
  if (bytes >= 1_000) return `${Math.round(bytes / 1_000)} KB`;
  return `${bytes} bytes`;
}

export interface Refusal {
  message: string;
  hint: string;
}

/** Why a file of this many bytes is refused, or undefined when it is within the limit. */
export function sizeRefusal(bytes: number): Refusal | undefined {
  if (bytes <= scenarioLimits.bytes) return undefined;
  const limit = sizeWords(scenarioLimits.bytes);
  // Just past the limit, rounding would make the two sizes read the same.
  const size =
    sizeWords(bytes) === limit ? `${bytes.toLocaleString('en-US')} bytes` : sizeWords(bytes);
  return {
    message: `the file is ${size}, larger than a scenario file may be (at most ${limit})`,
    hint: 'a whole season is well under 100 KB: check that this is the scenario you meant, and look for a list pasted in by mistake',
  };
}

/** Why a file nested past the limit at this line and column is refused. */
export function depthRefusal(line: number, column: number): Refusal {
  return {
    message: `lists and objects are nested more than ${scenarioLimits.depth} deep here (line ${line}, column ${column}), far deeper than a scenario needs`,
    hint: 'a scenario nests at most about 10 deep: look there for brackets [ or { opened inside each other and never closed',
  };
}
