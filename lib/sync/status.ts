import type { SyncStateRow } from "@/lib/db/schema";

export type SyncHealth = "ok" | "degraded" | "down";

export interface SyncStatus {
  state: SyncHealth;
  lastSuccessAt: string | null;
  lastError: string | null;
  lastErrorAt: string | null;
  accountError: boolean;
  consecutiveFailures: number;
  import: { active: boolean; done: number; total: number };
}

const DOWN_AFTER_MS = 60_000;

/**
 * ok, degraded (recent failures, or the data is older than two intervals) or down (an account
 * error, or nothing good for a minute while failing or stalled).
 */
export function describeSyncStatus(row: SyncStateRow, now: Date, intervalMs: number): SyncStatus {
  const nowMs = now.getTime();
  const importing = !row.firstImportDone && row.leaseUntil !== null && row.leaseUntil.getTime() > nowMs;
  const due = row.nextAttemptAt?.getTime() ?? row.createdAt.getTime();
  // Stalled: the next sync is overdue by more than two intervals (no instance is syncing).
  const stalled = !importing && nowMs - due > 2 * intervalMs;
  const lastGood = row.lastSuccessAt?.getTime() ?? row.createdAt.getTime();
  const failing = row.consecutiveFailures > 0;
  let state: SyncHealth = "ok";
  if (failing || stalled) state = "degraded";
  if (row.accountError || ((failing || stalled) && nowMs - lastGood > DOWN_AFTER_MS)) state = "down";
  return {
    state,
    lastSuccessAt: row.lastSuccessAt?.toISOString() ?? null,
    lastError: failing ? row.lastError : null,
    lastErrorAt: failing ? (row.lastErrorAt?.toISOString() ?? null) : null,
    accountError: row.accountError,
    consecutiveFailures: row.consecutiveFailures,
    import: { active: !row.firstImportDone, done: row.importDone, total: row.importTotal },
  };
}
