/*
 * The thread as one list by time: messages, and between them the record's lines and the
 * notes. Pure and browser-safe: the server builds its answer with it, the browser merges the
 * pages it holds with it, so both put a line in the same place.
 */

/** Lines in the order they happened: by time, then by id (they share one sequence). */
export function linesInOrder(a: { at: string; id: number }, b: { at: string; id: number }): number {
  return a.at === b.at ? a.id - b.id : a.at < b.at ? -1 : 1;
}

/**
 * The messages (already in order) and the lines (in order) as one list by time. A line made
 * in the same second as a message follows it: a reply, then "resolved".
 */
export function interleave<M extends { at: string }, L extends { at: string }, R>(
  messages: readonly M[],
  lines: readonly L[],
  ofMessage: (message: M) => R,
  ofLine: (line: L) => R,
): R[] {
  const items: R[] = [];
  let l = 0;
  for (const message of messages) {
    for (; l < lines.length && (lines[l] as L).at < message.at; l++) items.push(ofLine(lines[l] as L));
    items.push(ofMessage(message));
  }
  for (; l < lines.length; l++) items.push(ofLine(lines[l] as L));
  return items;
}
