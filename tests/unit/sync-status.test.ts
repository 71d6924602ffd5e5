import { describe, expect, it } from "vitest";
import type { SyncStateRow } from "@/lib/db/schema";
import { describeSyncStatus } from "@/lib/sync/status";

const t0 = new Date("2026-05-01T10:00:00Z");
const at = (ms: number) => new Date(t0.getTime() + ms);
const row = (fields: Partial<SyncStateRow>): SyncStateRow => ({
  id: "main",
  leaseOwner: null,
  leaseUntil: null,
  nextAttemptAt: at(3_000),
  lastAttemptAt: t0,
  lastSuccessAt: t0,
  lastErrorAt: null,
  lastError: null,
  lastErrorCode: null,
  consecutiveFailures: 0,
  accountError: false,
  channelsSyncedAt: t0,
  firstImportDone: true,
  importTotal: 40,
  importDone: 40,
  lastReadAt: t0,
  mirrorVersion: 1,
  createdAt: at(-60_000),
  ...fields,
});

describe("describeSyncStatus", () => {
  it("is ok while syncs succeed on time", () => {
    expect(describeSyncStatus(row({}), at(4_000), 3_000).state).toBe("ok");
  });
  it("is degraded after a failure, with the error as a sentence", () => {
    const status = describeSyncStatus(row({ consecutiveFailures: 1, lastError: "Afilnet could not be reached.", lastErrorAt: at(3_000) }), at(4_000), 3_000);
    expect(status).toMatchObject({ state: "degraded", lastError: "Afilnet could not be reached." });
  });
  it("is degraded when the data is older than two intervals because no sync ran", () => {
    expect(describeSyncStatus(row({}), at(3_000 + 6_001), 3_000).state).toBe("degraded");
  });
  it("is down after a minute with nothing good", () => {
    expect(describeSyncStatus(row({ consecutiveFailures: 4 }), at(61_000), 3_000).state).toBe("down");
    expect(describeSyncStatus(row({}), at(61_000), 3_000).state).toBe("down");
  });
  it("is down at once on an account error", () => {
    expect(describeSyncStatus(row({ accountError: true, consecutiveFailures: 1 }), at(1_000), 3_000).state).toBe("down");
  });
  it("reports the first import's progress and stays ok while it runs", () => {
    const importing = row({ firstImportDone: false, lastSuccessAt: null, importDone: 10, importTotal: 500, leaseOwner: "x", leaseUntil: at(120_000) });
    expect(describeSyncStatus(importing, at(90_000), 3_000)).toMatchObject({ state: "ok", import: { active: true, done: 10, total: 500 } });
  });
});
