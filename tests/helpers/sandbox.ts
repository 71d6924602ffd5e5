import { afterAll, beforeAll, beforeEach } from "vitest";
import { spawn, type ChildProcess } from "node:child_process";
import { fileURLToPath } from "node:url";

const cli = fileURLToPath(new URL("../../sandbox/cli.ts", import.meta.url));

export interface SandboxOptions {
  seed?: string;
  user?: string;
  password?: string;
  /** Further command-line options, e.g. ["--customers", "0"]. */
  args?: string[];
}

export interface RunningSandbox {
  /** Origin, e.g. http://127.0.0.1:41234 */
  origin: string;
  /** The API endpoint the client talks to: `${origin}/api/http/` */
  apiUrl: string;
  user: string;
  password: string;
  /** JSON call to the admin API under /_sandbox/. */
  admin<T = unknown>(path: string, init?: { method?: string; body?: unknown }): Promise<T>;
  stop(): Promise<void>;
}

/**
 * Starts the real sandbox as a child process on a free loopback port and waits until it
 * says where it listens. Tests talk to it over HTTP only, as the app does.
 */
export async function startSandbox(options: SandboxOptions = {}): Promise<RunningSandbox> {
  const user = options.user ?? "sandbox";
  const password = options.password ?? "sandbox-secret";
  const argv = [
    "--import",
    "tsx",
    cli,
    "--port",
    "0",
    "--host",
    "127.0.0.1",
    "--seed",
    options.seed ?? "demo",
    ...(options.args ?? []),
  ];
  // Credentials through the environment, as the app's launcher passes them: never on a command line.
  const env = { ...process.env, SANDBOX_USER: user, SANDBOX_PASSWORD: password };
  const child = spawn(process.execPath, argv, { stdio: ["ignore", "pipe", "pipe"], env });
  const origin = await waitForListening(child);
  return {
    origin,
    apiUrl: `${origin}/api/http/`,
    user,
    password,
    async admin<T>(path: string, init: { method?: string; body?: unknown } = {}) {
      const res = await fetch(`${origin}/_sandbox/${path.replace(/^\//, "")}`, {
        method: init.method ?? (init.body === undefined ? "GET" : "POST"),
        headers: init.body === undefined ? undefined : { "content-type": "application/json" },
        body: init.body === undefined ? undefined : JSON.stringify(init.body),
      });
      const text = await res.text();
      if (!res.ok) throw new Error(`sandbox admin ${path}: HTTP ${res.status} ${text}`);
      return (text ? JSON.parse(text) : undefined) as T;
    },
    stop: () => stopChild(child),
  };
}

function waitForListening(child: ChildProcess): Promise<string> {
  return new Promise((resolve, reject) => {
    let out = "";
    let err = "";
    const timer = setTimeout(() => {
      child.kill("SIGKILL");
      reject(new Error(`the sandbox did not start within 20 s\n${out}\n${err}`));
    }, 20_000);
    child.stdout?.on("data", (chunk: Buffer) => {
      out += chunk.toString();
      const match = /listening on (http:\/\/[^\s]+)/i.exec(out);
      if (match?.[1]) {
        clearTimeout(timer);
        resolve(match[1].replace(/\/$/, ""));
      }
    });
    child.stderr?.on("data", (chunk: Buffer) => {
      err += chunk.toString();
    });
    child.once("exit", (code) => {
      clearTimeout(timer);
      reject(new Error(`the sandbox exited with code ${code}\n${out}\n${err}`));
    });
  });
}

function stopChild(child: ChildProcess): Promise<void> {
  if (child.exitCode !== null) return Promise.resolve();
  return new Promise((resolve) => {
    child.once("exit", () => resolve());
    child.kill("SIGTERM");
    setTimeout(() => child.kill("SIGKILL"), 3_000).unref();
  });
}

/**
 * Starts one sandbox for the test file (stopped after it) and, unless told otherwise, resets
 * it before each test. The returned object stands for the running sandbox.
 */
export function sandboxForFile(options: SandboxOptions = {}, { resetBeforeEach = true } = {}): RunningSandbox {
  let current: RunningSandbox | undefined;
  beforeAll(async () => {
    current = await startSandbox(options);
  });
  afterAll(async () => {
    await current?.stop();
  });
  if (resetBeforeEach) {
    beforeEach(async () => {
      await current?.admin("reset", { body: {} });
    });
  }
  return new Proxy({} as RunningSandbox, {
    get(_target, key) {
      if (!current) throw new Error("The sandbox is not running: use it inside a test or a hook.");
      const value: unknown = Reflect.get(current, key);
      return typeof value === "function" ? value.bind(current) : value;
    },
  });
}
