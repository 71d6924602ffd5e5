import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { startSandbox, type RunningSandbox } from "../../helpers/sandbox";
import type { AdminChat } from "./client";

let sb: RunningSandbox;

beforeAll(async () => {
  // 1,200 a minute: one every 50 ms.
  sb = await startSandbox({ seed: "demo", args: ["--customers", "1200"] });
});
afterAll(async () => {
  await sb.stop();
});

const sleep = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));

async function simulated(): Promise<AdminChat["messages"]> {
  const { chats } = await sb.admin<{ chats: AdminChat[] }>("chats");
  return chats.flatMap((c) => c.messages.filter((m) => m.via === "inbound"));
}

describe("simulated customers", () => {
  it("write inbound messages at the set rate, and stop when it is set to 0", async () => {
    await sleep(1_000);
    const written = await simulated();
    // About 20 in a second; allow a slow machine its slack.
    expect(written.length).toBeGreaterThanOrEqual(8);
    expect(written.length).toBeLessThanOrEqual(30);
    for (const message of written) {
      expect(message.direction).toBe("in");
      expect(message.text.length).toBeGreaterThan(3);
      expect(message.read).toBe(false);
    }
    await sb.admin("customers", { body: { perMinute: 0 } });
    const stopped = (await simulated()).length;
    await sleep(300);
    expect((await simulated()).length).toBe(stopped);
  });
});
