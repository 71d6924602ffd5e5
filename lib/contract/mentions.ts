/*
 * `@Name` in a note's text: which teammates it names. The composer inserts a teammate's
 * display name exactly as the team list gives it; names are matched longest first (so that
 * "@Dana Agent" is Dana Agent, not Dana), without regard to case, and only where a mention can
 * start (not inside an address such as ana@example.com) and end (not inside a longer word).
 * Pure and browser-safe: the server decides who is mentioned, the thread marks the same spans.
 */

/** The longest note (here, without zod, so that the note box can say it before loading any schema). */
export const MAX_NOTE_LENGTH = 4_000;

export interface MentionSpan<P> {
  start: number;
  end: number;
  person: P;
}

const WORD = /[\p{L}\p{N}_]/u;

const sameName = (a: string, b: string) => a.localeCompare(b, undefined, { sensitivity: "accent" }) === 0;

/** Every mention in `text` of one of `people`, in order; a person may be named more than once. */
export function findMentions<P extends { name: string }>(text: string, people: readonly P[]): MentionSpan<P>[] {
  const candidates = people.filter((person) => person.name.trim() !== "").sort((a, b) => b.name.length - a.name.length);
  const spans: MentionSpan<P>[] = [];
  for (let at = text.indexOf("@"); at !== -1; at = text.indexOf("@", at + 1)) {
    const before = text[at - 1];
    if (before !== undefined && (WORD.test(before) || before === "@" || before === ".")) continue;
    for (const person of candidates) {
      const end = at + 1 + person.name.length;
      const after = text[end];
      if (after !== undefined && WORD.test(after)) continue;
      if (!sameName(text.slice(at + 1, end), person.name)) continue;
      spans.push({ start: at, end, person });
      at = end - 1;
      break;
    }
  }
  return spans;
}

/** The distinct people `text` mentions. */
export function mentionedPeople<P extends { id: string; name: string }>(text: string, people: readonly P[]): P[] {
  const byId = new Map<string, P>();
  for (const span of findMentions(text, people)) byId.set(span.person.id, span.person);
  return [...byId.values()];
}

/** The word being typed after an `@` at the caret, for the autocomplete; null when there is none. */
export function mentionQuery(text: string, caret: number): { start: number; query: string } | null {
  const head = text.slice(0, caret);
  const at = head.lastIndexOf("@");
  if (at === -1) return null;
  const before = head[at - 1];
  if (before !== undefined && WORD.test(before)) return null;
  const query = head.slice(at + 1);
  // A name has at most a few words; a line break or a long run ends the mention being typed.
  if (query.length > 40 || /[\n@]/.test(query) || /\s\s/.test(query)) return null;
  return { start: at, query };
}
