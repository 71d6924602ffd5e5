import type { z } from "zod";
import { speakAll, type Sentence, type SentenceValues, type Translator } from "./sentence";

/*
 * zod's issues as catalog sentences. A schema's own message is a catalog key (a marker such
 * as "validation.conversation"); zod's defaults (too small, wrong type…) are spoken from
 * `validation.issue.<code>`, so every sentence, ours or zod's, comes out in the reader's
 * language. Browser-safe: forms use it too.
 */

type Issue = z.core.$ZodIssue;

const ISSUE_CODES = new Set([
  "invalid_type",
  "too_small",
  "too_big",
  "invalid_format",
  "not_multiple_of",
  "unrecognized_keys",
  "invalid_union",
  "invalid_key",
  "invalid_element",
  "invalid_value",
  "custom",
]);

/** A catalog key, as opposed to zod's own English default ("Invalid input: …"). */
const looksLikeKey = (message: string) => /^[a-z][A-Za-z0-9_]*(\.[A-Za-z0-9_]+)+$/.test(message);

const shortList = (items: readonly unknown[], max: number, quoted: boolean) =>
  items
    .slice(0, max)
    .map((item) => (quoted ? JSON.stringify(String(item).slice(0, 40)) : String(item).slice(0, 40)))
    .join(", ");

/** The figures and names an issue carries, for the sentence to use ("at most {maximum}"). */
function issueValues(issue: Issue): SentenceValues {
  const values: SentenceValues = {};
  const raw = issue as unknown as Record<string, unknown>;
  for (const name of ["minimum", "maximum", "divisor"]) {
    const value = raw[name];
    if (typeof value === "number" || typeof value === "bigint") values[name] = Number(value);
  }
  for (const name of ["origin", "expected", "format"]) if (typeof raw[name] === "string") values[name] = raw[name] as string;
  if (typeof raw.inclusive === "boolean") values.inclusive = String(raw.inclusive);
  if (Array.isArray(raw.values)) values.values = shortList(raw.values, 10, true);
  if (Array.isArray(raw.keys)) values.keys = shortList(raw.keys, 3, false);
  if (issue.code === "custom" && issue.params) {
    for (const [name, value] of Object.entries(issue.params)) if (typeof value === "string" || typeof value === "number") values[name] = value;
  }
  return values;
}

/** One issue as a sentence: the schema's own key when the catalog has it, else zod's code's. */
export function issueSentence(issue: Issue, t: Translator): Sentence {
  const values = issueValues(issue);
  if (looksLikeKey(issue.message) && t.has(issue.message)) return { key: issue.message, values, path: issue.path };
  const code = ISSUE_CODES.has(issue.code) ? issue.code : "custom";
  return { key: `validation.issue.${code}`, values, path: issue.path };
}

/** One issue's words alone, for a form that shows them beside their field. */
export function issueText(issue: Issue | undefined, t: Translator): string | undefined {
  if (!issue) return undefined;
  const { key, values } = issueSentence(issue, t);
  return t(key, values);
}

/** One sentence a person can act on, from zod's issues ("Message: Write a message before sending."). */
export function describeZodError(error: z.ZodError, t: Translator): string {
  return speakAll(
    t,
    error.issues.map((issue) => issueSentence(issue, t)),
  );
}
