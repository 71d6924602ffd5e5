import { eq } from "drizzle-orm";
import { describe, expect, it } from "vitest";
import { messages } from "@/lib/db/schema";
import { noteInboxRead, readSyncState } from "@/lib/db/queries/sync-state";
import { startSyncLoop } from "@/lib/sync/loop";
import { databaseForFile } from "../../helpers/db";
import { sandboxClient, syncContext } from "../../helpers/mirror";
import { sandboxForFile } from "../../helpers/sandbox";
import { until } from "../../helpers/until";

/*
 * A 60 s outage of Afilnet while agents read the inbox. The loop runs on a clock ten times
 * faster than the wall clock, so the outage lasts 6 s of the test's time; every figure below
 * is in the loop's time.
 */
const sandbox = sandboxForFile({ seed: "demo", args: ["--customers", "0"] }, { resetBeforeEach: false });
const handle = databaseForFile();
const SPEED = 10;

describe("after an outage of Afilnet", () => {
  it("the mirror is fresh within 15 s of its return", async () => {
    const started = Date.now();
    const now = () => new Date(started + (Date.now() - started) * SPEED);
    const ctx = syncContext(handle.db, sandboxClient(sandbox), { now, settings: { intervalMs: 3_000 } });
    const loop = startSyncLoop(ctx, 20);
    // Agents polling the inbox, as their browsers do.
    const reader = setInterval(() => void noteInboxRead(handle.db, now(), ctx.settings.idleAfterMs).catch(() => undefined), 50);
    try {
      await until(async () => (await readSyncState(handle.db)).firstImportDone, { what: "the first import" });
      await sandbox.admin("faults", { body: { kind: "http500" } });
      const outageEnds = now().getTime() + 60_000;
      await until(() => now().getTime() >= outageEnds, { timeoutMs: 60_000, everyMs: 20, what: "the end of the outage" });

      const { chats } = await sandbox.admin<{ chats: { platform: string; platformId: string; destination: string }[] }>("chats");
      const chat = chats[0]!;
      await sandbox.admin("faults", { method: "DELETE" });
      await sandbox.admin("inbound", { body: { platform: chat.platform, platformId: chat.platformId, destination: chat.destination, message: "Are you back?" } });
      const back = now().getTime();
      await until(async () => (await handle.db.select().from(messages).where(eq(messages.text, "Are you back?"))).length > 0, {
        timeoutMs: 60_000,
        everyMs: 20,
        what: "the customer's message reaching the mirror",
      });
      const staleFor = (now().getTime() - back) / 1000;
      console.log(`mirror fresh ${staleFor.toFixed(1)} s after Afilnet came back`);
      expect(staleFor).toBeLessThanOrEqual(15);
    } finally {
      clearInterval(reader);
      await loop.stop();
    }
  }, 60_000);
});
