import { spawn, type ChildProcess } from "node:child_process";
import crypto from "node:crypto";
import fs from "node:fs";
import path from "node:path";

const root = path.resolve(import.meta.dirname, "..");

/** Starts a child that shares this terminal; when any child exits, the others are stopped. */
export function startChild(command: string, args: string[], env: NodeJS.ProcessEnv): ChildProcess {
  return spawn(command, args, { cwd: root, env, stdio: "inherit" });
}

export function binary(name: string): string {
  return path.join(root, "node_modules", ".bin", name);
}

export function superviseChildren(children: ChildProcess[]): void {
  let stopping = false;
  const stopAll = (code: number) => {
    if (stopping) return;
    stopping = true;
    for (const child of children) if (child.exitCode === null) child.kill("SIGTERM");
    setTimeout(() => process.exit(code), 5_000).unref();
    Promise.all(children.map((child) => (child.exitCode === null ? new Promise((r) => child.once("exit", r)) : null))).then(
      () => process.exit(code),
    );
  };
  for (const child of children) child.once("exit", (code) => stopAll(code ?? 1));
  process.once("SIGINT", () => stopAll(130));
  process.once("SIGTERM", () => stopAll(0));
}

/**
 * In sandbox mode and in development a session secret is generated once and kept under .data/,
 * so that a fresh clone needs no configuration. In production with a real account,
 * NEXTAUTH_SECRET must be set.
 */
export function keptSessionSecret(): string {
  const file = path.join(root, ".data", "auth-secret");
  if (fs.existsSync(file)) return fs.readFileSync(file, "utf8").trim();
  fs.mkdirSync(path.dirname(file), { recursive: true });
  const secret = crypto.randomBytes(32).toString("base64url");
  fs.writeFileSync(file, secret, { mode: 0o600 });
  return secret;
}
