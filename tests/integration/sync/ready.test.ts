import { eq } from "drizzle-orm";
import { describe, expect, it } from "vitest";
import { messages } from "@/lib/db/schema";
import { readSyncState, updateSyncState } from "@/lib/db/queries/sync-state";
import { startSyncLoop } from "@/lib/sync/loop";
import { mirrorReady } from "@/lib/sync/ready";
import { databaseForFile } from "../../helpers/db";
import { sandboxChats, sandboxClient, syncContext } from "../../helpers/mirror";
import { sandboxForFile } from "../../helpers/sandbox";

/*
 * When a start may serve (lib/sync/ready.ts, awaited by lib/start.ts before the server
 * listens): a mirror being imported at once, an imported one after the start's first pass,
 * which runs at once even when the last server left the next one for later. Afilnet answers
 * getchats slowly here, so that a wait that ended early would be seen.
 */
const sandbox = sandboxForFile({ seed: "demo", args: ["--customers", "0"] }, { resetBeforeEach: false });
const handle = databaseForFile();
const SLOW = { body: { latencyMs: 1_500, methods: ["getchats"] } };

describe("mirrorReady", () => {
  it("does not wait for a first import", async () => {
    await sandbox.admin("faults", SLOW);
    const loop = startSyncLoop(syncContext(handle.db, sandboxClient(sandbox)), 50);
    try {
      await mirrorReady(handle.db, Promise.resolve(loop));
      expect((await readSyncState(handle.db)).lastSuccessAt).toBeNull();
      // The pass that was not waited for imports the demo's chats, for the next case.
      await loop.firstTick;
    } finally {
      await loop.stop();
      await sandbox.admin("faults", { method: "DELETE" });
    }
    expect((await readSyncState(handle.db)).firstImportDone).toBe(true);
  });

  it("waits for the start's first pass on an imported mirror, even when no pass is due yet", async () => {
    // The last server left the next pass an hour away; a customer wrote while none ran.
    await updateSyncState(handle.db, { nextAttemptAt: new Date(Date.now() + 3_600_000) });
    const chat = (await sandboxChats(sandbox))[0]!;
    const text = `written during the restart ${Date.now()}`;
    await sandbox.admin("inbound", { body: { platform: chat.platform, platformId: chat.platformId, destination: chat.destination, message: text } });
    await sandbox.admin("faults", SLOW);
    const loop = startSyncLoop(syncContext(handle.db, sandboxClient(sandbox)), 50);
    try {
      await mirrorReady(handle.db, Promise.resolve(loop));
      expect(await handle.db.select({ id: messages.id }).from(messages).where(eq(messages.text, text))).toHaveLength(1);
    } finally {
      await loop.stop();
      await sandbox.admin("faults", { method: "DELETE" });
    }
  });
});
