import { describe, expect, it } from "vitest";
import { readSyncState, takeSyncLease, updateSyncState } from "@/lib/db/queries/sync-state";
import { runSyncOnce } from "@/lib/sync/engine";
import { startSyncLoop } from "@/lib/sync/loop";
import { databaseForFile } from "../../helpers/db";
import { capturingLogger, sandboxClient, syncContext } from "../../helpers/mirror";
import { sandboxForFile } from "../../helpers/sandbox";

const sandbox = sandboxForFile({ seed: "demo", args: ["--customers", "0"] }, { resetBeforeEach: false });
const handle = databaseForFile();

describe("one sync at a time", () => {
  it("lets exactly one of two instances run when both try at once", async () => {
    const client = sandboxClient(sandbox);
    const outcomes = await Promise.all(
      ["instance-a", "instance-b"].map((owner) => runSyncOnce(syncContext(handle.db, client, { owner }), { force: true })),
    );
    expect(outcomes.filter((o) => o.ran)).toHaveLength(1);
    expect((await readSyncState(handle.db)).leaseOwner).toBeNull();
  });

  it("waits out a lease held by a crashed instance, then takes it over", async () => {
    const t0 = new Date();
    expect(await takeSyncLease(handle.db, "crashed", t0, 60_000, true)).toBeDefined();
    const at = (ms: number) => () => new Date(t0.getTime() + ms);
    const client = sandboxClient(sandbox);
    expect(await runSyncOnce(syncContext(handle.db, client, { owner: "survivor", now: at(30_000) }), { force: true })).toEqual({ ran: false });
    expect(await runSyncOnce(syncContext(handle.db, client, { owner: "survivor", now: at(61_000) }), { force: true })).toMatchObject({ ran: true, ok: true });
  });

  it("does not sync before the next sync is due, unless forced", async () => {
    const client = sandboxClient(sandbox);
    await runSyncOnce(syncContext(handle.db, client), { force: true });
    expect(await runSyncOnce(syncContext(handle.db, client))).toEqual({ ran: false });
    await updateSyncState(handle.db, { nextAttemptAt: new Date(Date.now() - 1) });
    expect(await runSyncOnce(syncContext(handle.db, client))).toMatchObject({ ran: true });
  });

  it("never overlaps passes of two loops on one database, and shares the interval between them", async () => {
    const { logger, lines } = capturingLogger("debug");
    await sandbox.admin("faults", { body: { latencyMs: 40 } });
    await updateSyncState(handle.db, { nextAttemptAt: null });
    const loops = ["loop-a", "loop-b"].map((owner) =>
      startSyncLoop(syncContext(handle.db, sandboxClient(sandbox), { owner, logger, settings: { intervalMs: 300, idleIntervalMs: 300 } }), 50),
    );
    await new Promise((resolve) => setTimeout(resolve, 3_000));
    await Promise.all(loops.map((loop) => loop.stop()));
    await sandbox.admin("faults", { method: "DELETE" });

    const events = lines.filter((l) => l.event === "sync_pass_started" || l.event === "sync_pass" || l.event === "sync_failed");
    let running: string | undefined;
    for (const event of events) {
      if (event.event === "sync_pass_started") {
        expect(running).toBeUndefined();
        running = event.owner as string;
      } else {
        expect(event.owner).toBe(running);
        running = undefined;
      }
    }
    const passes = events.filter((e) => e.event === "sync_pass_started").length;
    // Each pass takes at least one 40 ms round per channel, and one is due every 300 ms.
    expect(passes).toBeGreaterThanOrEqual(4);
    expect(passes).toBeLessThanOrEqual(11);
  });
});
