import { spawn, spawnSync, type ChildProcess } from "node:child_process";
import fs from "node:fs";
import net from "node:net";
import os from "node:os";
import path from "node:path";
import { expect, test } from "@playwright/test";
import { getJson, postJson, signIn, waitForImport } from "../../bench/lib/client";

/*
 * A restart in the working day (scripts/server.ts, lib/start.ts): the server opens its port
 * only once its first sync pass has brought in what customers wrote while it was down, so the
 * first answer an agent gets after a deploy is already current. Afilnet (here the sandbox, as a
 * configured account) answers getchats slowly meanwhile: a server that listened before that
 * pass ended would answer without the message. A production server of its own, beside the one
 * the other tests use.
 */

// Playwright runs from the project root (npm run test:e2e).
const root = process.cwd();
const AGENT = { email: "restart@example.com", password: "restart-test-password" };
const SANDBOX = { user: "sandbox", password: "sandbox-restart-secret" };

function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const server = net.createServer().listen(0, "127.0.0.1", () => {
      const { port } = server.address() as net.AddressInfo;
      server.close(() => resolve(port));
    });
    server.on("error", reject);
  });
}

interface Started {
  child: ChildProcess;
  output: () => string;
}

/** Runs a TypeScript entry point of the project and resolves once it printed a line matching `ready`. */
function start(script: string, args: string[], env: Record<string, string>, ready: RegExp): Promise<Started> {
  const child = spawn(process.execPath, ["--import", "tsx", script, ...args], { cwd: root, env: { ...process.env, ...env } as NodeJS.ProcessEnv, stdio: ["ignore", "pipe", "pipe"] });
  let out = "";
  return new Promise((resolve, reject) => {
    const timer = setTimeout(() => reject(new Error(`${script} did not print ${ready} within 90 s:\n${out}`)), 90_000);
    const take = (chunk: Buffer) => {
      out += chunk.toString();
      if (!ready.test(out)) return;
      clearTimeout(timer);
      resolve({ child, output: () => out });
    };
    child.stdout.on("data", take);
    child.stderr.on("data", take);
    child.once("exit", (code) => reject(new Error(`${script} exited with ${code} before it was ready:\n${out}`)));
  });
}

async function stop(started: Started | undefined): Promise<void> {
  if (!started || started.child.exitCode !== null) return;
  const exited = new Promise((resolve) => started.child.once("exit", resolve));
  started.child.kill("SIGTERM");
  await exited;
}

interface InboxPage {
  conversations: { lastMessage: { text: string } | null }[];
}

test("after a restart, the first answer already holds what customers wrote while the server was down", async () => {
  test.setTimeout(180_000);
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), "inbox-restart-"));
  const [port, sandboxPort] = [await freePort(), await freePort()];
  const baseUrl = `http://127.0.0.1:${port}`;
  const sandboxUrl = `http://127.0.0.1:${sandboxPort}`;
  const appEnv: Record<string, string> = {
    NODE_ENV: "production",
    PORT: String(port),
    HOST: "127.0.0.1",
    PGLITE_DIR: path.join(dir, "pglite"),
    DATABASE_URL: "",
    NEXTAUTH_SECRET: "restart-test-secret-that-is-long-enough",
    NEXTAUTH_URL: baseUrl,
    AFILNET_USER: SANDBOX.user,
    AFILNET_PASSWORD: SANDBOX.password,
    AFILNET_BASE_URL: `${sandboxUrl}/api/http/`,
    LOG_LEVEL: "info",
  };
  let sandbox: Started | undefined;
  let app: Started | undefined;
  try {
    sandbox = await start("sandbox/cli.ts", ["--port", String(sandboxPort), "--host", "127.0.0.1", "--seed", "demo", "--customers", "0"], { SANDBOX_USER: SANDBOX.user, SANDBOX_PASSWORD: SANDBOX.password }, /Sandbox listening/);
    const added = spawnSync(process.execPath, ["--import", "tsx", "scripts/agents.ts", "add", "--email", AGENT.email, "--name", "Restart Test"], {
      cwd: root,
      env: { ...process.env, ...appEnv } as NodeJS.ProcessEnv,
      input: `${AGENT.password}\n`,
      encoding: "utf8",
    });
    expect(added.status, added.stderr).toBe(0);

    app = await start("scripts/server.ts", ["start"], appEnv, /Listening on/);
    const cookie = await signIn(baseUrl, AGENT.email, AGENT.password);
    await waitForImport(baseUrl, cookie, 60_000);
    await stop(app);

    // While no server runs: a customer writes, and Afilnet turns slow.
    const { chats } = await getJson<{ chats: { platform: string; platformId: string; destination: string }[] }>(`${sandboxUrl}/_sandbox/chats?messages=omit`);
    const text = `written during the deploy ${Date.now()}`;
    await postJson(`${sandboxUrl}/_sandbox/inbound`, { ...chats[0]!, message: text });
    await postJson(`${sandboxUrl}/_sandbox/faults`, { latencyMs: 2_000, methods: ["getchats"] });

    app = await start("scripts/server.ts", ["start"], appEnv, /Listening on/);
    const first = await getJson<InboxPage>(`${baseUrl}/api/inbox?view=all&status=all`, cookie);
    expect(first.conversations.map((row) => row.lastMessage?.text)).toContain(text);
  } finally {
    await stop(app);
    await stop(sandbox);
    fs.rmSync(dir, { recursive: true, force: true });
  }
});
