import { describe, expect, it } from "vitest";
import { readSyncState } from "@/lib/db/queries/sync-state";
import { runSyncOnce } from "@/lib/sync/engine";
import { describeSyncStatus } from "@/lib/sync/status";
import { databaseForFile } from "../../helpers/db";
import { mirrorSnapshot, sandboxClient, syncContext } from "../../helpers/mirror";
import { sandboxForFile } from "../../helpers/sandbox";

const sandbox = sandboxForFile({ seed: "demo", args: ["--customers", "0"] }, { resetBeforeEach: false });
const handle = databaseForFile();

describe("a failing sync", () => {
  it("keeps the mirror, records the error and backs off exponentially to a cap", async () => {
    const t0 = new Date("2026-03-01T12:00:00Z");
    const settings = { intervalMs: 3_000, backoffCapMs: 20_000 };
    const client = sandboxClient(sandbox);
    expect(await runSyncOnce(syncContext(handle.db, client, { settings, now: () => t0 }), { force: true })).toMatchObject({ ok: true });
    const mirrored = await mirrorSnapshot(handle.db);

    await sandbox.admin("faults", { body: { kind: "http500" } });
    const delays: number[] = [];
    for (let attempt = 1; attempt <= 5; attempt++) {
      const now = new Date(t0.getTime() + attempt * 1_000);
      const outcome = await runSyncOnce(syncContext(handle.db, client, { settings, now: () => now }), { force: true });
      expect(outcome).toMatchObject({ ran: true, ok: false, code: "http", accountError: false });
      const state = await readSyncState(handle.db);
      delays.push(state.nextAttemptAt!.getTime() - now.getTime());
      expect(state.lastError).toMatch(/^Afilnet could not be reached: /);
      expect(state.lastErrorAt).toEqual(now);
    }
    expect(delays).toEqual([3_000, 6_000, 12_000, 20_000, 20_000]);
    expect(await mirrorSnapshot(handle.db)).toEqual(mirrored);

    const state = await readSyncState(handle.db);
    expect(describeSyncStatus(state, new Date(t0.getTime() + 6_000), 3_000).state).toBe("degraded");
    expect(describeSyncStatus(state, new Date(t0.getTime() + 61_000), 3_000).state).toBe("down");

    await sandbox.admin("faults", { method: "DELETE" });
    const later = new Date(t0.getTime() + 70_000);
    expect(await runSyncOnce(syncContext(handle.db, client, { settings, now: () => later }), { force: true })).toMatchObject({ ok: true });
    const recovered = await readSyncState(handle.db);
    expect(recovered).toMatchObject({ consecutiveFailures: 0, lastSuccessAt: later });
    expect(describeSyncStatus(recovered, later, 3_000)).toMatchObject({ state: "ok", lastError: null });
  });

  it("stops hot retries on an account error and says so", async () => {
    const now = new Date();
    const client = sandboxClient(sandbox, { password: "not-the-password" });
    const outcome = await runSyncOnce(syncContext(handle.db, client, { now: () => now, settings: { accountRetryMs: 300_000 } }), { force: true });
    expect(outcome).toMatchObject({ ran: true, ok: false, code: "INCORRECT_USER_PASSWORD", accountError: true });
    const state = await readSyncState(handle.db);
    expect(state.nextAttemptAt!.getTime() - now.getTime()).toBe(300_000);
    const status = describeSyncStatus(state, now, 3_000);
    expect(status).toMatchObject({ state: "down", accountError: true });
    expect(status.lastError).toContain("INCORRECT_USER_PASSWORD");
    expect(await runSyncOnce(syncContext(handle.db, client, { now: () => new Date(now.getTime() + 10_000) }))).toEqual({ ran: false });
  });
});
