import pino from "pino";

/**
 * The one structured logger of the server side. Every line is JSON on stdout so that a
 * deployment can ship it anywhere. Credentials never go into a log line: callers log only
 * the fields they name, and `redact` is a second fence for the paths that could carry them.
 */
export const log = pino({
  level: process.env.LOG_LEVEL ?? (process.env.NODE_ENV === "test" ? "silent" : "info"),
  base: undefined,
  redact: {
    paths: ["password", "*.password", "authorization", "*.authorization", "headers.authorization"],
    censor: "[redacted]",
  },
});

export type Logger = Pick<typeof log, "info" | "warn" | "error" | "debug">;
