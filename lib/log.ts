import pino from "pino";

/*
 * What of an error may go into a log line. Database errors carry the statement and its
 * parameters (a customer's text, an agent's search) and Postgres's own message can quote a
 * value: of those only the SQLSTATE code and the kind are kept. Other errors keep their
 * message, cut short, and their stack without the message line.
 */

const MAX_MESSAGE = 300;

interface SafeError {
  type: string;
  message: string;
  code?: string;
  stack?: string;
}

/** The SQLSTATE of a database error anywhere in the cause chain (drizzle wraps the driver's). */
export function databaseErrorCode(error: unknown): string | undefined {
  for (let current = error, depth = 0; current && depth < 5; depth++) {
    const code = (current as { code?: unknown }).code;
    if (typeof code === "string" && /^[0-9A-Z]{5}$/.test(code)) return code;
    current = (current as { cause?: unknown }).cause;
  }
  return undefined;
}

const isQueryError = (error: Error) => error.name === "DrizzleQueryError" || error.message.startsWith("Failed query:");

export function safeError(error: unknown): SafeError | string {
  if (typeof error === "string") return error.startsWith("Failed query:") ? "Failed query (statement withheld)" : error.slice(0, MAX_MESSAGE);
  if (!(error instanceof Error)) return { type: typeof error, message: "a non-Error value was thrown" };
  const code = databaseErrorCode(error);
  if (code || isQueryError(error)) {
    return { type: error.name, message: `database error${code ? ` ${code}` : ""} (statement and values withheld)`, ...(code ? { code } : {}) };
  }
  const stack = error.stack?.split("\n").filter((line) => line.trimStart().startsWith("at ")).slice(0, 12).join("\n");
  return { type: error.name, message: error.message.slice(0, MAX_MESSAGE), ...(stack ? { stack } : {}) };
}

/**
 * The one structured logger of the server side. Every line is JSON on stdout so that a
 * deployment can ship it anywhere. Credentials and message text never go into a log line:
 * callers log only the fields they name, `err` keeps only what lib/log-error.ts allows (no SQL,
 * no parameters), and `redact` is a second fence for the paths that could carry secrets.
 */
export const log = pino({
  level: process.env.LOG_LEVEL ?? (process.env.NODE_ENV === "test" ? "silent" : "info"),
  base: undefined,
  serializers: { err: safeError },
  redact: {
    paths: ["password", "*.password", "authorization", "*.authorization", "headers.authorization", "text", "*.text"],
    censor: "[redacted]",
  },
});

export type Logger = Pick<typeof log, "info" | "warn" | "error" | "debug">;
