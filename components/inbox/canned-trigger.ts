/*
 * When the composer offers canned replies, and what an insert replaces. Pure, so the rules are
 * tested without a browser.
 *
 * `/` opens the picker only at the start of a word (after the start of the text or a space):
 * never inside one ("and/or"), nor in an address being typed ("https://…", whose slashes
 * follow ":" and "/"). Ctrl/Cmd+K opens it wherever the caret is. Either way the picker
 * filters by what is typed from there up to the caret, and closes once that is no longer a
 * name being typed (a space, a second "/", the caret moved before it).
 */

/** What may be typed as a name's part: letters of any alphabet, digits, "-" and "_". */
const NAME_PART = /^[\p{L}\p{N}_-]*$/u;

/** An open picker's place in the text: `start` is the "/" (or where Ctrl/Cmd+K was pressed), `end` the caret. */
export interface Trigger {
  start: number;
  end: number;
  query: string;
  /** Whether a typed "/" is part of what an insert replaces. */
  slash: boolean;
}

/** The `/name` being typed just before the caret, if any. */
export function slashTrigger(text: string, caret: number): Trigger | null {
  const before = text.slice(0, caret);
  const slashAt = before.lastIndexOf("/");
  if (slashAt < 0) return null;
  const query = before.slice(slashAt + 1);
  if (!NAME_PART.test(query)) return null;
  if (slashAt > 0 && !/\s/.test(before[slashAt - 1]!)) return null;
  return { start: slashAt, end: caret, query, slash: true };
}

/** Where a Ctrl/Cmd+K picker stands now that the text or caret moved; null once it no longer can. */
export function anchoredTrigger(text: string, caret: number, anchor: number): Trigger | null {
  if (caret < anchor || anchor > text.length) return null;
  const query = text.slice(anchor, caret);
  return NAME_PART.test(query) ? { start: anchor, end: caret, query, slash: false } : null;
}

/** The text with the trigger's span replaced by `insert`, and where the caret goes (after it). */
export function insertAt(text: string, trigger: Pick<Trigger, "start" | "end">, insert: string): { text: string; caret: number } {
  return { text: text.slice(0, trigger.start) + insert + text.slice(trigger.end), caret: trigger.start + insert.length };
}

/** The replies whose name matches the query: names that start with it first, then names that hold it. */
export function matchReplies<T extends { name: string }>(replies: readonly T[], query: string, limit = 8): T[] {
  const wanted = query.toLocaleLowerCase();
  const starts: T[] = [];
  const holds: T[] = [];
  for (const reply of replies) {
    const name = reply.name.toLocaleLowerCase();
    if (name.startsWith(wanted)) starts.push(reply);
    else if (name.includes(wanted)) holds.push(reply);
  }
  return [...starts, ...holds].slice(0, limit);
}
