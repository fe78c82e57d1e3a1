/**
 * Values shown in a problem's message, cut short when long: a title pasted
 * a megabyte long is shown by its first words and its length, never whole.
 */

/** The most characters of a value a message shows. */
export const quotedLength = 40;

/** The value, or its first characters and an ellipsis. */
export function cut(value: string): string {
  return value.length <= quotedLength ? value : `${value.slice(0, quotedLength)}…`;
}

/** `"text"`, or its first characters in quotes, an ellipsis and how long it really is. */
export function quote(value: string): string {
  if (value.length <= quotedLength) return JSON.stringify(value);
  return `${JSON.stringify(value.slice(0, quotedLength))}… (${value.length.toLocaleString('en-US')} characters)`;
}

/** A value already written in quotes inside a message (`"…"` with its escapes). */
const quotedRun = /"((?:[^"\\]|\\.)*)"/g;

/**
 * The message with every quoted value in it cut as `quote` cuts it, so a
 * check that quotes a value by hand cannot print it whole.
 */
export function cutQuotes(message: string): string {
  return message.replace(quotedRun, (run, inner: string) => {
    if (inner.length <= quotedLength) return run;
    try {
      return quote(JSON.parse(run) as string);
    } catch {
      // Quoted by hand without escaping: cut the raw text.
      return quote(inner);
    }
  });
}
