import { mkdtempSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { afterAll, describe, expect, it } from "vitest";
import { startSandbox } from "../../helpers/sandbox";
import { adminChat, ok } from "./client";
import { runCli } from "./run-cli";

const dir = mkdtempSync(join(tmpdir(), "sandbox-data-"));
afterAll(() => rmSync(dir, { recursive: true, force: true }));

describe("--data", () => {
  it("keeps the state across a restart", async () => {
    const file = join(dir, "state.json");
    const first = await startSandbox({ seed: "demo", args: ["--data", file] });
    const { messageid } = await ok<{ messageid: number }>(first, "sendmessage", {
      platform: "webchat",
      platformid: "300",
      destination: "wc-remember-me",
      message: "Still here after a restart?",
    });
    await first.admin("inbound", { body: { platform: "webchat", platformId: "300", destination: "wc-remember-me", message: "Yes!" } });
    await first.stop();

    const second = await startSandbox({ seed: "empty", args: ["--data", file] });
    try {
      const chat = await adminChat(second, "webchat", "300", "wc-remember-me");
      expect(chat.messages.map((m) => [m.text, m.direction, m.read])).toEqual([
        ["Still here after a restart?", "out", false],
        ["Yes!", "in", false],
      ]);
      expect(chat.messages[0]?.messageId).toBe(String(messageid));
      // The demo's chats came back too, although this start asked for the empty seed.
      expect((await second.admin<{ chats: unknown[] }>("chats")).chats.length).toBeGreaterThan(30);
      // The id counter carries on rather than starting over.
      const next = await ok<{ messageid: number }>(second, "sendmessage", {
        platform: "webchat",
        platformid: "300",
        destination: "wc-remember-me",
        message: "next",
      });
      expect(next.messageid).toBe(messageid + 2);
    } finally {
      await second.stop();
    }
  });

  it("saves soon after a change, not only on exit", async () => {
    const file = join(dir, "soon.json");
    const sb = await startSandbox({ seed: "empty", args: ["--data", file] });
    try {
      await sb.admin("inbound", { body: { platform: "telegram", platformId: "200", destination: "42", message: "saved?" } });
      await new Promise((resolve) => setTimeout(resolve, 1_000));
      expect(readFileSync(file, "utf8")).toContain("saved?");
    } finally {
      await sb.stop();
    }
  });

  it("refuses a file that is not sandbox data, naming --data, with exit code 2", async () => {
    const file = join(dir, "garbage.json");
    writeFileSync(file, "this is not json");
    const result = await runCli(["--port", "0", "--data", file]);
    expect(result.code).toBe(2);
    expect(result.stderr).toMatch(/--data/);
    expect(result.stderr.trim().split("\n")).toHaveLength(1);
  });
});
