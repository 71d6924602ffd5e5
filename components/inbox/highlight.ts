/*
 * Where a search's words appear in a text, the way the server matched them: case and accents
 * folded on both sides ("lampara" marks "Lámpara"), the query as one piece. Unaccent folds
 * letters such as "ł" and "ß" that Unicode decomposition leaves alone: the few that customers
 * of this inbox write are folded here too.
 */
const EXTRA: Record<string, string> = { ł: "l", ø: "o", đ: "d", ß: "ss", æ: "ae", œ: "oe" };

function foldChar(char: string): string {
  const lower = char.toLowerCase();
  return EXTRA[lower] ?? lower.normalize("NFD").replace(/\p{M}/gu, "");
}

/** The folded text, and for each of its characters the index of the original one it came from. */
function fold(text: string): { folded: string; origin: number[] } {
  let folded = "";
  const origin: number[] = [];
  let index = 0;
  for (const char of text) {
    const piece = foldChar(char);
    folded += piece;
    for (let i = 0; i < piece.length; i++) origin.push(index);
    index += char.length;
  }
  origin.push(index);
  return { folded, origin };
}

/** The [start, end) ranges of the text where the query matches, in the text's own indices. */
export function highlightRanges(text: string, query: string): [number, number][] {
  const needle = fold(query.trim()).folded;
  if (!needle) return [];
  const { folded, origin } = fold(text);
  const ranges: [number, number][] = [];
  let from = folded.indexOf(needle);
  while (from !== -1) {
    const end = from + needle.length;
    const start = origin[from] as number;
    // The end is the start of the original character after the last folded one matched.
    const last = origin[end - 1] as number;
    const next = origin.find((value, i) => i >= end && value > last) ?? text.length;
    ranges.push([start, next]);
    from = folded.indexOf(needle, end);
  }
  return ranges;
}

/** The text cut into plain and marked pieces, for rendering as text (never as HTML). */
export function highlightParts(text: string, query: string): { text: string; marked: boolean }[] {
  const parts: { text: string; marked: boolean }[] = [];
  let at = 0;
  for (const [start, end] of highlightRanges(text, query)) {
    if (start > at) parts.push({ text: text.slice(at, start), marked: false });
    parts.push({ text: text.slice(start, end), marked: true });
    at = end;
  }
  if (at < text.length || parts.length === 0) parts.push({ text: text.slice(at), marked: false });
  return parts;
}
