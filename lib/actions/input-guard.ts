import { INT4_MAX } from "@/lib/contract/ids";
import { databaseErrorCode } from "@/lib/log";

/*
 * Checks every action's input and every route's query and path get before their own schema,
 * so that no handler can forget them: Postgres refuses a NUL character in text and any
 * integer past int4, and each used to surface as a 500 carrying the statement in the log.
 */

const MAX_DEPTH = 8;
const MAX_ITEMS = 1_000;
const MAX_STRING = 100_000;

const field = (path: string[]) => (path.length > 0 ? `${path.join(".")}: ` : "");

/**
 * A sentence for the first value that no action of this app could take, or undefined: a NUL
 * character, a number outside int4 (ids are int4; times travel as ISO text), a string past
 * 100,000 characters, nesting deeper than 8 or a list of more than 1,000 items.
 */
export function inputProblem(value: unknown, path: string[] = []): string | undefined {
  if (path.length > MAX_DEPTH) return `${field(path.slice(0, MAX_DEPTH))}is nested too deeply.`;
  if (typeof value === "string") {
    if (value.includes("\u0000")) return `${field(path)}must not contain a NUL character.`;
    if (value.length > MAX_STRING) return `${field(path)}is too long.`;
    return undefined;
  }
  if (typeof value === "number") {
    if (!Number.isFinite(value) || value > INT4_MAX || value < -INT4_MAX - 1) {
      return `${field(path)}must be a number from ${-INT4_MAX - 1} to ${INT4_MAX}.`;
    }
    return undefined;
  }
  if (Array.isArray(value)) {
    if (value.length > MAX_ITEMS) return `${field(path)}has too many items.`;
    for (const [index, item] of value.entries()) {
      const problem = inputProblem(item, [...path, String(index)]);
      if (problem) return problem;
    }
    return undefined;
  }
  if (value && typeof value === "object") {
    const entries = Object.entries(value);
    if (entries.length > MAX_ITEMS) return `${field(path)}has too many fields.`;
    for (const [key, item] of entries) {
      if (key.includes("\u0000")) return `${field(path)}a field name must not contain a NUL character.`;
      const problem = inputProblem(item, [...path, key]);
      if (problem) return problem;
    }
  }
  return undefined;
}

/** A route's query string and path segments: text only, so only the NUL and length checks apply. */
export function textProblem(values: Record<string, string | string[]>): string | undefined {
  for (const [key, value] of Object.entries(values)) {
    for (const text of Array.isArray(value) ? value : [value]) {
      if (`${key}${text}`.includes("\u0000")) return `${key}: must not contain a NUL character.`;
      if (text.length > 2_000) return `${key}: is too long.`;
    }
  }
  return undefined;
}

export const DATABASE_REFUSAL = "A value in the request is not one this server can store or search for. Check it and try again.";

/**
 * Whether the database refused a value (SQLSTATE class 22, "data exception"): the caller's
 * input was wrong, so the answer is a refusal, not a fault. A last fence behind the schemas.
 */
export function isDataException(error: unknown): boolean {
  return databaseErrorCode(error)?.startsWith("22") ?? false;
}
