import { parseSeed, type SeedSpec } from "./seeds";

export interface CliOptions {
  port: number;
  host: string;
  user: string;
  password: string;
  seed: SeedSpec;
  dataFile?: string;
  customersPerMinute: number;
  deliveryMs: number;
}

export type CliParse = { ok: true; options: CliOptions } | { ok: false; error: string } | { ok: "help" };

export const USAGE = `Usage: npm run sandbox -- [options]

  --port N            port to listen on (default 3100, or SANDBOX_PORT; 0 picks a free one)
  --host HOST         address to listen on (default 127.0.0.1)
  --user NAME         API user (default sandbox, or SANDBOX_USER)
  --password SECRET   API password (default sandbox, or SANDBOX_PASSWORD, which is better:
                      a command line can be read by anyone on the machine with ps)
  --seed SEED         demo | empty | large:channels=C,chats=K,messages=M (default demo)
  --data FILE         keep the state in FILE across restarts
  --customers N       simulated customer messages per minute, in total (default 0)
  --delivery-ms MS    time between delivery steps of a sent message (default 2000)
  --help              show this text`;

const NAMES = ["port", "host", "user", "password", "seed", "data", "customers", "delivery-ms"] as const;
type Name = (typeof NAMES)[number];

function isName(value: string): value is Name {
  return (NAMES as readonly string[]).includes(value);
}

function wholeNumber(text: string, min: number, max: number): number | undefined {
  if (!/^\d+$/.test(text)) return undefined;
  const value = Number(text);
  return value >= min && value <= max ? value : undefined;
}

/** Reads the command line; every mistake comes back as one sentence naming the option. */
export function parseOptions(argv: readonly string[], env: Readonly<Record<string, string | undefined>>): CliParse {
  const given = new Map<Name, string>();
  for (let i = 0; i < argv.length; i++) {
    const arg = argv[i] ?? "";
    if (arg === "--help" || arg === "-h") return { ok: "help" };
    const match = /^--([a-z-]+)(?:=(.*))?$/.exec(arg);
    if (!match?.[1]) return { ok: false, error: `unexpected argument "${arg}"; options start with --, see --help` };
    const name = match[1];
    if (!isName(name)) return { ok: false, error: `unknown option --${name}; see --help` };
    const value = match[2] ?? argv[++i];
    if (value === undefined || (match[2] === undefined && value.startsWith("--"))) {
      return { ok: false, error: `--${name} needs a value` };
    }
    given.set(name, value);
  }

  const envPort = env.SANDBOX_PORT;
  const portText = given.get("port") ?? envPort ?? "3100";
  const port = wholeNumber(portText.trim(), 0, 65535);
  if (port === undefined) {
    const source = given.has("port") ? "--port" : "SANDBOX_PORT";
    return { ok: false, error: `${source} must be a whole number from 0 to 65535 (got "${portText}")` };
  }
  const host = given.get("host") ?? "127.0.0.1";
  if (host.trim() === "") return { ok: false, error: "--host must not be empty" };
  const user = given.get("user") ?? env.SANDBOX_USER ?? "sandbox";
  if (user === "") return { ok: false, error: `${given.has("user") ? "--user" : "SANDBOX_USER"} must not be empty` };
  const password = given.get("password") ?? env.SANDBOX_PASSWORD ?? "sandbox";
  if (password === "") return { ok: false, error: `${given.has("password") ? "--password" : "SANDBOX_PASSWORD"} must not be empty` };
  const seed = parseSeed(given.get("seed") ?? "demo");
  if (!seed.ok) return { ok: false, error: `--seed: ${seed.error}` };
  const dataFile = given.get("data");
  if (dataFile !== undefined && dataFile.trim() === "") return { ok: false, error: "--data needs a file name" };
  const customersText = given.get("customers") ?? "0";
  const customersPerMinute = /^\d+(\.\d+)?$/.test(customersText) ? Number(customersText) : Number.NaN;
  if (!(customersPerMinute >= 0 && customersPerMinute <= 6000)) {
    return { ok: false, error: `--customers must be a number of messages a minute from 0 to 6000 (got "${customersText}")` };
  }
  const deliveryText = given.get("delivery-ms") ?? "2000";
  const deliveryMs = wholeNumber(deliveryText, 1, 3_600_000);
  if (deliveryMs === undefined) {
    return { ok: false, error: `--delivery-ms must be a whole number of milliseconds from 1 to 3600000 (got "${deliveryText}")` };
  }
  return {
    ok: true,
    options: { port, host, user, password, seed: seed.seed, customersPerMinute, deliveryMs, ...(dataFile ? { dataFile } : {}) },
  };
}
