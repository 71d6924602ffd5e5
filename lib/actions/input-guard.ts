import { INT4_MAX } from "@/lib/contract/ids";
import type { Sentence } from "@/lib/contract/sentence";
import { databaseErrorCode } from "@/lib/log";

/*
 * Checks every action's input and every route's query and path get before their own schema,
 * so that no handler can forget them: Postgres refuses a NUL character in text and any
 * integer past int4, and each used to surface as a 500 carrying the statement in the log.
 */

const MAX_DEPTH = 8;
const MAX_ITEMS = 1_000;
const MAX_STRING = 100_000;

const problem = (key: string, path: string[], values?: Sentence["values"]): Sentence => ({ key: `validation.guard.${key}`, values, path });

/**
 * The first value that no action of this app could take, as a sentence, or undefined: a NUL
 * character, a number outside int4 (ids are int4; times travel as ISO text), a string past
 * 100,000 characters, nesting deeper than 8 or a list of more than 1,000 items.
 */
export function inputProblem(value: unknown, path: string[] = []): Sentence | undefined {
  if (path.length > MAX_DEPTH) return problem("tooDeep", path.slice(0, MAX_DEPTH));
  if (typeof value === "string") {
    if (value.includes("\u0000")) return problem("nul", path);
    if (value.length > MAX_STRING) return problem("tooLong", path);
    return undefined;
  }
  if (typeof value === "number") {
    if (!Number.isFinite(value) || value > INT4_MAX || value < -INT4_MAX - 1) {
      return problem("numberRange", path, { minimum: -INT4_MAX - 1, maximum: INT4_MAX });
    }
    return undefined;
  }
  if (Array.isArray(value)) {
    if (value.length > MAX_ITEMS) return problem("tooManyItems", path, { maximum: MAX_ITEMS });
    for (const [index, item] of value.entries()) {
      const found = inputProblem(item, [...path, String(index)]);
      if (found) return found;
    }
    return undefined;
  }
  if (value && typeof value === "object") {
    const entries = Object.entries(value);
    if (entries.length > MAX_ITEMS) return problem("tooManyFields", path, { maximum: MAX_ITEMS });
    for (const [key, item] of entries) {
      if (key.includes("\u0000")) return problem("nulFieldName", path);
      const found = inputProblem(item, [...path, key]);
      if (found) return found;
    }
  }
  return undefined;
}

/** A route's query string and path segments: text only, so only the NUL and length checks apply. */
export function textProblem(values: Record<string, string | string[]>): Sentence | undefined {
  for (const [key, value] of Object.entries(values)) {
    for (const text of Array.isArray(value) ? value : [value]) {
      if (`${key}${text}`.includes("\u0000")) return problem("nul", [key]);
      if (text.length > 2_000) return problem("tooLong", [key]);
    }
  }
  return undefined;
}

/** A value the database refused (see isDataException): a catalog key. */
export const DATABASE_REFUSAL = "errors.databaseRefusal";

/**
 * Whether the database refused a value (SQLSTATE class 22, "data exception"): the caller's
 * input was wrong, so the answer is a refusal, not a fault. A last fence behind the schemas.
 */
export function isDataException(error: unknown): boolean {
  return databaseErrorCode(error)?.startsWith("22") ?? false;
}
