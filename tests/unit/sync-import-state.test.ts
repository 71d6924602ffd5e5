import { describe, expect, it } from "vitest";
import type { SyncStateRow } from "@/lib/db/schema";
import { describeSyncStatus } from "@/lib/sync/status";

const t0 = new Date("2026-05-01T10:00:00Z");
const at = (ms: number) => new Date(t0.getTime() + ms);
const importing = (fields: Partial<SyncStateRow>): SyncStateRow => ({
  id: "main",
  leaseOwner: "host:1:boot:100:abcd",
  leaseUntil: at(15_000),
  nextAttemptAt: null,
  lastAttemptAt: t0,
  lastSuccessAt: null,
  lastErrorAt: null,
  lastError: null,
  lastErrorCode: null,
  consecutiveFailures: 0,
  accountError: false,
  channelsSyncedAt: t0,
  firstImportDone: false,
  importTotal: 500,
  importDone: 120,
  lastReadAt: t0,
  mirrorVersion: 1,
  createdAt: at(-5_000),
  ...fields,
});

describe("the first import as the status shows it", () => {
  it("is importing while a live holder renews the lease", () => {
    expect(describeSyncStatus(importing({}), at(10_000), 3_000)).toMatchObject({ state: "ok", import: { active: true, state: "importing", done: 120 } });
  });

  it("is stalled, and the sync degraded, once the holder's lease has run out", () => {
    expect(describeSyncStatus(importing({}), at(16_000), 3_000)).toMatchObject({ state: "degraded", import: { active: true, state: "stalled" } });
    expect(describeSyncStatus(importing({ leaseOwner: null, leaseUntil: null }), at(61_000), 3_000).state).toBe("down");
  });

  it("is importing while a new deployment waits for its first pass, and done after it", () => {
    const fresh = importing({ leaseOwner: null, leaseUntil: null, lastAttemptAt: null, createdAt: t0 });
    expect(describeSyncStatus(fresh, at(1_000), 3_000).import.state).toBe("importing");
    expect(describeSyncStatus(importing({ firstImportDone: true, lastSuccessAt: t0, nextAttemptAt: at(3_000) }), at(1_000), 3_000).import).toMatchObject({ active: false, state: "done" });
  });
});
