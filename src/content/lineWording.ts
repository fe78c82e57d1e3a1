/**
 * What a manager's line reads as, from its words alone. A line labelled
 * "tell" must not read as a question, or the player cannot tell asking from
 * telling: no question mark, and no opening "Ask" (an order to go and ask is
 * still an order, but it reads as the asking style).
 */
export function readsAsQuestion(line: string): boolean {
  return line.includes('?') || /^\W*ask\b/i.test(line);
}
