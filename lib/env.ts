import { z } from "zod";

/** Demo credentials of the local sandbox upstream. They open nothing but the sandbox. */
export const SANDBOX_CREDENTIALS = { user: "sandbox", password: "sandbox" } as const;

const port = z.coerce
  .number({ message: "must be a whole number between 1 and 65535" })
  .int("must be a whole number between 1 and 65535")
  .min(1, "must be a whole number between 1 and 65535")
  .max(65535, "must be a whole number between 1 and 65535");

const positiveMs = (max: number) =>
  z.coerce
    .number({ message: `must be a whole number of milliseconds up to ${max}` })
    .int(`must be a whole number of milliseconds up to ${max}`)
    .min(1, "must be at least 1")
    .max(max, `must be at most ${max}`);

const optionalText = z
  .string()
  .optional()
  .transform((value) => (value && value.trim() !== "" ? value : undefined));

const timeZone = z.string().refine((zone) => {
  try {
    new Intl.DateTimeFormat("en-US", { timeZone: zone });
    return true;
  } catch {
    return false;
  }
}, "must be an IANA time zone such as UTC or Europe/Madrid");

const schema = z
  .object({
    NODE_ENV: z.enum(["development", "production", "test"]).default("development"),
    PORT: port.default(3000),
    /** Unset: 127.0.0.1 in sandbox mode (the sign-in page shows demo passwords), every interface otherwise. */
    HOST: optionalText.pipe(
      z
        .string()
        .regex(/^[A-Za-z0-9.:[\]-]{1,253}$/, "must be an address or host name to listen on, such as 127.0.0.1 or 0.0.0.0")
        .optional(),
    ),
    TRUST_PROXY_HOPS: z.coerce
      .number({ message: "must be the number of proxies in front of the app, from 0 to 10" })
      .int("must be the number of proxies in front of the app, from 0 to 10")
      .min(0, "must be the number of proxies in front of the app, from 0 to 10")
      .max(10, "must be the number of proxies in front of the app, from 0 to 10")
      .default(0),
    DATABASE_URL: optionalText.pipe(
      z
        .string()
        .regex(/^postgres(ql)?:\/\//, "must be a postgres:// or postgresql:// URL")
        .optional(),
    ),
    PGLITE_DIR: z.string().min(1, "must name a folder").default(".data/pglite"),
    DATABASE_POOL_MAX: z.coerce
      .number({ message: "must be a whole number of connections from 2 to 200" })
      .int("must be a whole number of connections from 2 to 200")
      .min(2, "must be a whole number of connections from 2 to 200")
      .max(200, "must be a whole number of connections from 2 to 200")
      .default(10),
    NEXTAUTH_SECRET: optionalText.pipe(
      z.string().min(32, "must be at least 32 characters (try: openssl rand -base64 32)").optional(),
    ),
    NEXTAUTH_URL: optionalText.pipe(z.url("must be an absolute URL such as http://localhost:3000").optional()),
    AFILNET_BASE_URL: z
      .url("must be an absolute http(s) URL")
      .refine((url) => /^https?:\/\//.test(url), "must be an absolute http(s) URL")
      .default("https://www.afilnet.com/api/http/"),
    AFILNET_USER: optionalText,
    AFILNET_PASSWORD: optionalText,
    AFILNET_AUTH: z.enum(["post", "basic"], { message: 'must be "post" or "basic"' }).default("post"),
    AFILNET_TIMEZONE: timeZone.default("UTC"),
    AFILNET_TIMEOUT_MS: positiveMs(120_000).default(15_000),
    SANDBOX_PORT: port.default(3100),
    SYNC_INTERVAL_MS: positiveMs(600_000).default(3_000),
    SYNC_CONCURRENCY: z.coerce
      .number({ message: "must be a whole number from 1 to 32" })
      .int("must be a whole number from 1 to 32")
      .min(1, "must be a whole number from 1 to 32")
      .max(32, "must be a whole number from 1 to 32")
      .default(4),
    LOG_LEVEL: z
      .enum(["fatal", "error", "warn", "info", "debug", "trace", "silent"], {
        message: "must be one of fatal, error, warn, info, debug, trace, silent",
      })
      .default("info"),
  })
  .superRefine((env, ctx) => {
    if (env.AFILNET_USER && !env.AFILNET_PASSWORD) {
      ctx.addIssue({ code: "custom", path: ["AFILNET_PASSWORD"], message: "is required when AFILNET_USER is set" });
    }
    // Each of the sync's parallel tasks may hold a Postgres connection (a chat is stored in a
    // transaction): at most half of the pool, so that the readers always find one.
    if (env.DATABASE_URL && env.SYNC_CONCURRENCY > Math.floor(env.DATABASE_POOL_MAX / 2)) {
      ctx.addIssue({
        code: "custom",
        path: ["SYNC_CONCURRENCY"],
        message: `must be at most half of DATABASE_POOL_MAX (${env.DATABASE_POOL_MAX}), so that the sync leaves connections to the readers: lower it or raise DATABASE_POOL_MAX`,
      });
    }
    if (env.NODE_ENV === "production" && !env.NEXTAUTH_SECRET) {
      ctx.addIssue({
        code: "custom",
        path: ["NEXTAUTH_SECRET"],
        message: "is required in production (try: openssl rand -base64 32)",
      });
    }
  });

export type Env = z.infer<typeof schema> & {
  /** No Afilnet account configured: the local sandbox is the upstream. */
  sandboxMode: boolean;
  /** Where the app listens: HOST, else loopback in sandbox mode and every interface otherwise. */
  listenHost: string;
  afilnet: { baseUrl: string; user: string; password: string; auth: "post" | "basic" };
};

export class EnvError extends Error {
  constructor(readonly variable: string, detail: string) {
    super(`Configuration error: ${variable} ${detail}.`);
    this.name = "EnvError";
  }
}

/** Parses a set of variables; throws an EnvError whose message names the first bad variable. */
export function parseEnv(source: Record<string, string | undefined>): Env {
  const parsed = schema.safeParse(source);
  if (!parsed.success) {
    const issue = parsed.error.issues[0];
    const variable = String(issue?.path[0] ?? "environment");
    const received = source[variable];
    const shown = received === undefined || /SECRET|PASSWORD/.test(variable) ? "" : ` (got "${received}")`;
    throw new EnvError(variable, `${issue?.message ?? "is invalid"}${shown}`);
  }
  const env = parsed.data;
  const sandboxMode = !env.AFILNET_USER;
  return {
    ...env,
    sandboxMode,
    listenHost: env.HOST ?? (sandboxMode ? "127.0.0.1" : "0.0.0.0"),
    afilnet: sandboxMode
      ? { baseUrl: `http://127.0.0.1:${env.SANDBOX_PORT}/api/http/`, ...SANDBOX_CREDENTIALS, auth: "post" }
      : {
          baseUrl: env.AFILNET_BASE_URL,
          user: env.AFILNET_USER as string,
          password: env.AFILNET_PASSWORD as string,
          auth: env.AFILNET_AUTH,
        },
  };
}

let cached: Env | undefined;

/** The configuration of this process, parsed once. */
export function loadEnv(): Env {
  cached ??= parseEnv(process.env);
  return cached;
}
