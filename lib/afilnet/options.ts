import { z } from "zod";
// Relative, not "@/lib/log": scripts run by tsx from any directory must resolve it.
import { log, type Logger } from "@/lib/log";
import { isValidTimeZone } from "./datetime";

/*
 * The client's options, checked once when it is made so that a wrong setting stops start-up
 * with a sentence naming it instead of failing on the first call. Messages never quote the
 * values: one of them is the password.
 */

function isCredentialFreeHttpUrl(value: string): boolean {
  try {
    const url = new URL(value);
    return (url.protocol === "http:" || url.protocol === "https:") && !url.username && !url.password;
  } catch {
    return false;
  }
}

/** A type error says "is required" for a missing option, else what the option must be. */
const expected = (what: string) => ({
  error: (issue: { input?: unknown }) => (issue.input === undefined ? "is required" : `must be ${what}`),
});

const isLogger = (value: unknown): value is Logger =>
  typeof value === "object" &&
  value !== null &&
  ["info", "warn", "error", "debug"].every((name) => typeof (value as Record<string, unknown>)[name] === "function");

export const clientOptionsSchema = z.object({
  baseUrl: z
    .string(expected("a string"))
    .refine(isCredentialFreeHttpUrl, { error: "must be an absolute http(s) URL without credentials in it" }),
  user: z.string(expected("a string")).min(1, { error: "must not be empty" }),
  password: z.string(expected("a string")).min(1, { error: "must not be empty" }),
  auth: z.enum(["post", "basic"], { error: 'must be "post" or "basic"' }).default("post"),
  timeoutMs: z
    .number(expected("a number of milliseconds"))
    .int({ error: "must be a whole number of milliseconds" })
    .positive({ error: "must be greater than zero" })
    .default(15_000),
  timeZone: z
    .string({ error: "must be an IANA time zone name" })
    .refine(isValidTimeZone, { error: "must be an IANA time zone name, e.g. Europe/Madrid" })
    .default("UTC"),
  readRetries: z
    .number(expected("a number"))
    .int({ error: "must be a whole number" })
    .min(0, { error: "must not be negative" })
    .max(10, { error: "must be at most 10" })
    .default(2),
  retryBaseMs: z
    .number(expected("a number of milliseconds"))
    .min(0, { error: "must not be negative" })
    .default(250),
  logger: z.custom<Logger>(isLogger, { error: "must have info, warn, error and debug methods" }).default(log),
  fetch: z
    .custom<typeof fetch>((value) => typeof value === "function", { error: "must be a function" })
    .optional(),
});

export type AfilnetClientOptions = z.input<typeof clientOptionsSchema>;
export type ResolvedClientOptions = z.output<typeof clientOptionsSchema>;

export class AfilnetOptionsError extends Error {
  override readonly name = "AfilnetOptionsError";
  /** The name of the first bad option. */
  readonly option: string;

  constructor(option: string, problem: string) {
    super(`Invalid Afilnet client option "${option}": ${problem}.`);
    this.option = option;
  }
}

export function resolveClientOptions(options: AfilnetClientOptions): ResolvedClientOptions {
  const parsed = clientOptionsSchema.safeParse(options);
  if (parsed.success) return parsed.data;
  const issue = parsed.error.issues[0];
  const option = issue?.path.map(String).join(".") || "options";
  throw new AfilnetOptionsError(option, issue?.message ?? "is invalid");
}
