import { spawn, type ChildProcess } from "node:child_process";
import fs from "node:fs";
import os from "node:os";
import path from "node:path";
import { signIn, waitForImport } from "./client";
import { freePort, killGroup, stopGroup } from "./process";
import { machineLoad } from "./report";

const root = path.resolve(import.meta.dirname, "..", "..");
const TAIL_LINES = 40;

export interface App {
  baseUrl: string;
  sandboxUrl: string;
  /** The demo agent's session cookie, shared by every simulated agent. */
  cookie: string;
  intervalMs: number;
  importMs: number;
  /** Chats the first import found. */
  chats: number;
  /**
   * Stops the app (the sandbox with it) and starts it again on the same mirror and sandbox
   * state, as a deploy does; resolves with the time to its first healthy answer. The session
   * cookie stays valid, as the browsers' do.
   */
  restart(): Promise<number>;
  stop(): Promise<void>;
}

export interface AppOptions {
  title: string;
  /** The sandbox's seed, e.g. `large:channels=4,chats=500,messages=20`. */
  seed: string;
  /** The whole benchmark, start to stop: past it, everything is stopped and the run fails. */
  hardTimeoutMs: number;
  importTimeoutMs: number;
  /** A Postgres database for the app (DATABASE_URL); none: embedded PGlite in a fresh folder. */
  databaseUrl?: string;
}

/** The sync interval the app gets, so that the benchmark and the app agree on it. */
export function syncIntervalMs(): number {
  const value = Number(process.env.SYNC_INTERVAL_MS ?? 3000);
  return Number.isFinite(value) && value > 0 ? value : 3000;
}

/**
 * Starts the production app in sandbox mode on free loopback ports with a fresh database,
 * signs in as the demo agent and waits for the first import. Measures the real `npm start`
 * path (scripts/start.ts), so the figures include what production runs.
 */
export async function startApp(options: AppOptions): Promise<App> {
  if (!fs.existsSync(path.join(root, ".next", "BUILD_ID"))) {
    console.error("No production build: run npm run build first.");
    process.exit(1);
  }
  console.log(`${options.title}: uses the existing production build (.next); run npm run build after changing the app.`);
  console.log(`machine at the start: ${machineLoad()}`);
  const [port, sandboxPort] = [await freePort(), await freePort()];
  const intervalMs = syncIntervalMs();
  const dataDir = fs.mkdtempSync(path.join(os.tmpdir(), "inbox-bench-"));
  const kept = options.databaseUrl ? undefined : keptMirror(options.seed, dataDir);
  const baseUrl = `http://127.0.0.1:${port}`;
  const started = performance.now();
  const tail: string[] = [];
  // Detached: the app is a tree (tsx, the sandbox, next and its workers) stopped as one group.
  // The sandbox keeps its state in the folder, so that a restart finds the chats it left.
  const spawnApp = () =>
    captureOutput(
      spawn(path.join(root, "node_modules", ".bin", "tsx"), ["scripts/start.ts"], {
        cwd: root,
        detached: true,
        stdio: ["ignore", "pipe", "pipe"],
        env: {
          ...process.env,
          PORT: String(port),
          SANDBOX_PORT: String(sandboxPort),
          SANDBOX_ARGS: `--seed ${options.seed} --customers 0 --data ${path.join(dataDir, "sandbox.json")}`,
          PGLITE_DIR: path.join(dataDir, "pglite"),
          DATABASE_URL: options.databaseUrl ?? "",
          NEXTAUTH_SECRET: "bench-only-session-secret-not-for-production-use",
          NEXTAUTH_URL: baseUrl,
          SYNC_INTERVAL_MS: String(intervalMs),
          LOG_LEVEL: "warn",
          NEXT_TELEMETRY_DISABLED: "1",
        },
      }),
      tail,
    );
  let child = spawnApp();
  let stopped: Promise<void> | undefined;
  const stop = () => (stopped ??= stopGroup(child).finally(() => kept?.keep()).finally(() => fs.rmSync(dataDir, { recursive: true, force: true })));
  const fail = (message: string) => {
    console.error(`${options.title}: ${message}\n--- last lines of the app ---\n${tail.join("\n")}`);
    void stop().finally(() => process.exit(2));
  };
  const hardTimer = setTimeout(() => fail(`did not finish within ${options.hardTimeoutMs / 1000} s; stopped.`), options.hardTimeoutMs);
  hardTimer.unref();
  // Last resort on any exit path: no process of the group may outlive the benchmark.
  process.once("exit", () => killGroup(child, "SIGKILL"));
  for (const signal of ["SIGINT", "SIGTERM"] as const) process.once(signal, () => void stop().finally(() => process.exit(130)));

  try {
    await waitForHealth(baseUrl, child, 120_000);
    // The import starts with the database, which the health check waits for: time it from there.
    const importStarted = performance.now();
    console.log(`app answering its health check after ${seconds(importStarted - started)}`);
    const cookie = await signIn(baseUrl, "agent@demo.local", "demo-agent-pass");
    const imported = await waitForImport(baseUrl, cookie, options.importTimeoutMs);
    const importMs = performance.now() - importStarted;
    console.log(`first import: ${imported} chats in ${seconds(importMs)} from the health check (${seconds(performance.now() - started)} since start)`);
    return {
      baseUrl,
      sandboxUrl: `http://127.0.0.1:${sandboxPort}`,
      cookie,
      intervalMs,
      importMs,
      chats: imported,
      restart: async () => {
        await stopGroup(child);
        const begun = performance.now();
        child = spawnApp();
        await waitForHealth(baseUrl, child, 120_000);
        return performance.now() - begun;
      },
      stop: async () => {
        clearTimeout(hardTimer);
        await stop();
      },
    };
  } catch (error) {
    fail(error instanceof Error ? error.message : String(error));
    return new Promise<never>(() => undefined);
  }
}

/**
 * BENCH_MIRROR_DIR (optional, for working on the app, never for published figures of the first
 * import): a folder keeping an imported mirror and the sandbox's state beside it, one pair per
 * seed and database kind. The first run imports and keeps them when it stops; later runs start
 * from a copy, skipping the import of minutes. The PGlite mirror only: a Postgres database is
 * made fresh per run.
 */
function keptMirror(seed: string, dataDir: string): { keep(): void } | undefined {
  const root = process.env.BENCH_MIRROR_DIR;
  if (!root) return undefined;
  const kept = path.join(root, seed.replace(/[^a-z0-9]+/gi, "-"));
  if (fs.existsSync(path.join(kept, "sandbox.json"))) {
    fs.cpSync(kept, dataDir, { recursive: true });
    console.log(`starting from the mirror kept in ${kept} (BENCH_MIRROR_DIR)`);
    return { keep: () => undefined };
  }
  return {
    keep: () => {
      if (!fs.existsSync(path.join(dataDir, "sandbox.json"))) return;
      fs.mkdirSync(kept, { recursive: true });
      fs.cpSync(dataDir, kept, { recursive: true });
      console.log(`kept the mirror in ${kept} for the next run (BENCH_MIRROR_DIR)`);
    },
  };
}

export const seconds = (ms: number) => `${(ms / 1000).toFixed(1)} s`;

/** Keeps the app's last lines in `tail` for a failure report; warnings and errors are shown as they come. */
function captureOutput(child: ChildProcess, tail: string[]): ChildProcess {
  const take = (chunk: Buffer) => {
    for (const line of chunk.toString("utf8").split("\n").filter(Boolean)) {
      tail.push(line);
      if (tail.length > TAIL_LINES) tail.shift();
      if (line.startsWith("{")) console.log(`  app: ${line.slice(0, 300)}`);
    }
  };
  child.stdout?.on("data", take);
  child.stderr?.on("data", take);
  return child;
}

async function waitForHealth(baseUrl: string, child: ChildProcess, timeoutMs: number): Promise<void> {
  const deadline = Date.now() + timeoutMs;
  while (Date.now() < deadline) {
    if (child.exitCode !== null) throw new Error(`the app exited with code ${child.exitCode} before it was ready`);
    const ok = await fetch(`${baseUrl}/api/health`, { signal: AbortSignal.timeout(5_000) }).then((r) => r.ok, () => false);
    if (ok) return;
    await new Promise((resolve) => setTimeout(resolve, 300));
  }
  throw new Error(`the app did not answer /api/health within ${timeoutMs / 1000} s`);
}
