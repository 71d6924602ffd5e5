import { spawn } from "node:child_process";
import path from "node:path";

const root = path.resolve(import.meta.dirname, "..", "..");

export interface BenchSandbox {
  apiUrl: string;
  user: string;
  password: string;
  admin<T = unknown>(route: string, init?: { method?: string; body?: unknown }): Promise<T>;
  stop(): Promise<void>;
}

/** The sandbox as its own process on a free loopback port, as the app meets Afilnet: over HTTP. */
export async function startBenchSandbox(args: string[]): Promise<BenchSandbox> {
  const password = "bench-sandbox-password";
  const child = spawn(process.execPath, ["--import", "tsx", path.join(root, "sandbox", "cli.ts"), "--port", "0", "--password", password, ...args], {
    cwd: root,
    stdio: ["ignore", "pipe", "pipe"],
  });
  process.once("exit", () => child.kill("SIGKILL"));
  const origin = await new Promise<string>((resolve, reject) => {
    let out = "";
    const timer = setTimeout(() => reject(new Error(`the sandbox did not start within 20 s\n${out}`)), 20_000);
    child.stdout.on("data", (chunk: Buffer) => {
      out += chunk.toString();
      const match = /listening on (http:\/\/\S+)/i.exec(out);
      if (match?.[1]) {
        clearTimeout(timer);
        resolve(match[1].replace(/\/$/, ""));
      }
    });
    child.stderr.on("data", (chunk: Buffer) => (out += chunk.toString()));
    child.once("exit", (code) => reject(new Error(`the sandbox exited with code ${code}\n${out}`)));
  });
  return {
    apiUrl: `${origin}/api/http/`,
    user: "sandbox",
    password,
    async admin<T>(route: string, init: { method?: string; body?: unknown } = {}) {
      const res = await fetch(`${origin}/_sandbox/${route}`, {
        method: init.method ?? (init.body === undefined ? "GET" : "POST"),
        headers: init.body === undefined ? undefined : { "content-type": "application/json" },
        body: init.body === undefined ? undefined : JSON.stringify(init.body),
      });
      const text = await res.text();
      if (!res.ok) throw new Error(`sandbox ${route}: HTTP ${res.status} ${text}`);
      return (text ? JSON.parse(text) : undefined) as T;
    },
    stop: () =>
      new Promise<void>((resolve) => {
        if (child.exitCode !== null) return resolve();
        child.once("exit", () => resolve());
        child.kill("SIGTERM");
      }),
  };
}
