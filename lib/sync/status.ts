import type { SyncStateRow } from "@/lib/db/schema";

export type SyncHealth = "ok" | "degraded" | "down";

/** importing: a live instance holds the lease; stalled: none does and the import is not done. */
export type ImportState = "importing" | "stalled" | "done";

export interface SyncStatus {
  state: SyncHealth;
  lastSuccessAt: string | null;
  lastError: string | null;
  /** The failure's Afilnet code or transport kind, so that a screen can explain it in its reader's language. */
  lastErrorCode: string | null;
  lastErrorAt: string | null;
  accountError: boolean;
  consecutiveFailures: number;
  import: { active: boolean; state: ImportState; done: number; total: number };
}

const DOWN_AFTER_MS = 60_000;

function importState(row: SyncStateRow, nowMs: number, intervalMs: number): ImportState {
  if (row.firstImportDone) return "done";
  // The lease is renewed while a pass runs: one that has not expired has a live holder.
  if (row.leaseUntil !== null && row.leaseUntil.getTime() > nowMs) return "importing";
  // A new deployment's first pass has not begun yet.
  if (row.lastAttemptAt === null && nowMs - row.createdAt.getTime() <= 2 * intervalMs) return "importing";
  return "stalled";
}

/**
 * ok, degraded (recent failures, a stalled import, or data older than two intervals) or down
 * (an account error, or nothing good for a minute while failing or stalled).
 */
export function describeSyncStatus(row: SyncStateRow, now: Date, intervalMs: number): SyncStatus {
  const nowMs = now.getTime();
  const imported = importState(row, nowMs, intervalMs);
  const due = row.nextAttemptAt?.getTime() ?? row.createdAt.getTime();
  // Stalled: the import has no live holder, or the next sync is overdue by more than two intervals.
  const stalled = imported === "stalled" || (imported === "done" && nowMs - due > 2 * intervalMs);
  const lastGood = row.lastSuccessAt?.getTime() ?? row.createdAt.getTime();
  const failing = row.consecutiveFailures > 0;
  let state: SyncHealth = "ok";
  if (failing || stalled) state = "degraded";
  if (row.accountError || ((failing || stalled) && nowMs - lastGood > DOWN_AFTER_MS)) state = "down";
  return {
    state,
    lastSuccessAt: row.lastSuccessAt?.toISOString() ?? null,
    lastError: failing ? row.lastError : null,
    lastErrorCode: failing ? row.lastErrorCode : null,
    lastErrorAt: failing ? (row.lastErrorAt?.toISOString() ?? null) : null,
    accountError: row.accountError,
    consecutiveFailures: row.consecutiveFailures,
    import: { active: !row.firstImportDone, state: imported, done: row.importDone, total: row.importTotal },
  };
}
