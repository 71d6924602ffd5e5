import { spawnSync } from "node:child_process";
import fs from "node:fs";
import os from "node:os";
import path from "node:path";
import { afterAll, describe, expect, it } from "vitest";

const root = path.resolve(import.meta.dirname, "../../..");
const tmp = fs.mkdtempSync(path.join(os.tmpdir(), "inbox-cmd-"));
afterAll(() => fs.rmSync(tmp, { recursive: true, force: true }));

function run(script: string, args: string[], env: Record<string, string>, input?: string) {
  const result = spawnSync(process.execPath, ["--import", "tsx", path.join(root, script), ...args], {
    cwd: root,
    env: { ...process.env, ...env, NODE_ENV: "development" },
    input,
    encoding: "utf8",
    timeout: 60_000,
  });
  return { code: result.status, out: result.stdout, err: result.stderr };
}

describe("npm start", () => {
  it("stops with a sentence naming a malformed variable, before starting anything", () => {
    const result = run("scripts/start.ts", [], { SANDBOX_PORT: "not-a-port", PGLITE_DIR: path.join(tmp, "never") });
    expect(result.code).toBe(1);
    expect(result.err).toContain("Configuration error: SANDBOX_PORT must be a whole number");
    expect(fs.existsSync(path.join(tmp, "never"))).toBe(false);
  });

  it("requires NEXTAUTH_SECRET when an Afilnet account is configured", () => {
    const result = run("scripts/start.ts", [], { AFILNET_USER: "acme", AFILNET_PASSWORD: "pw", NEXTAUTH_SECRET: "" });
    expect(result.code).toBe(1);
    expect(result.err).toContain("NEXTAUTH_SECRET is required in production");
  });
});

describe("npm run agents", () => {
  const env = { PGLITE_DIR: path.join(tmp, "agents-db"), DATABASE_URL: process.env.TEST_DATABASE_URL ? "" : "" };

  it("adds an agent with the password from standard input, and lists it without the password", () => {
    const added = run("scripts/agents.ts", ["add", "--email", "Lee@Example.com", "--name", "Lee Park", "--role", "supervisor"], env, "a-secret-password-1\n");
    expect(added.err).toBe("");
    expect(added.out).toContain("Added Lee Park <lee@example.com> as supervisor.");
    const listed = run("scripts/agents.ts", ["list"], env);
    expect(listed.out).toMatch(/lee@example\.com\s+Lee Park\s+supervisor\s+active/);
    expect(listed.out).not.toContain("a-secret-password-1");
  });

  it("refuses a duplicate email, a short password and a bad role with exit code 2", () => {
    expect(run("scripts/agents.ts", ["add", "--email", "LEE@example.com", "--name", "Again"], env, "another-password\n")).toMatchObject({ code: 2 });
    const short = run("scripts/agents.ts", ["add", "--email", "kim@example.com", "--name", "Kim"], env, "short\n");
    expect(short.code).toBe(2);
    expect(short.err).toContain("at least 10 characters");
    const role = run("scripts/agents.ts", ["add", "--email", "kim@example.com", "--name", "Kim", "--role", "boss"], env, "long-enough-pass\n");
    expect(role.err).toContain('--role must be "agent" or "supervisor"');
  });

  it("deactivates, reactivates and sets a password", () => {
    expect(run("scripts/agents.ts", ["deactivate", "--email", "lee@example.com"], env).out).toContain("Deactivated lee@example.com");
    expect(run("scripts/agents.ts", ["list"], env).out).toMatch(/lee@example\.com.*deactivated/);
    expect(run("scripts/agents.ts", ["activate", "--email", "lee@example.com"], env).out).toContain("Reactivated");
    expect(run("scripts/agents.ts", ["set-password", "--email", "lee@example.com"], env, "a-new-password-22\n").out).toContain("Set a new password");
    expect(run("scripts/agents.ts", ["deactivate", "--email", "ghost@example.com"], env)).toMatchObject({ code: 2 });
  });

  it("changes a role, ending the agent's sessions", () => {
    expect(run("scripts/agents.ts", ["set-role", "--email", "lee@example.com", "--role", "agent"], env).out).toContain("lee@example.com is now an agent; their sessions have ended.");
    expect(run("scripts/agents.ts", ["list"], env).out).toMatch(/lee@example\.com\s+Lee Park\s+agent\s+active/);
    expect(run("scripts/agents.ts", ["set-role", "--email", "lee@example.com", "--role", "boss"], env)).toMatchObject({ code: 2 });
  });
});
