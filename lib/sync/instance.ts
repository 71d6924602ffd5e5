import "server-only";
import { loadEnv } from "@/lib/env";
import { instanceOwner } from "./lease";
import { startSyncLoop, type SyncLoop } from "./loop";
import type { WorkRules } from "./work-hooks";
import { syncSettings, type SyncSettings } from "./settings";
import type { Db } from "@/lib/db/handle";
import { getDatabase } from "@/lib/db/instance";
import type { SyncStateRow } from "@/lib/db/schema";
import { onSyncStateWritten } from "@/lib/db/write-signal";
import { describeSyncStatus, type SyncStatus } from "./status";
import { SyncStateSnapshot } from "./sync-snapshot";
import { getAfilnetClient } from "@/lib/afilnet/instance";

const holder = globalThis as typeof globalThis & { __syncLoop?: Promise<SyncLoop>; __syncStateSnapshot?: SyncStateSnapshot };

/** One per process (on globalThis: start-up code and routes may be bundled apart), dropped whenever this process writes the row. */
function syncStateSnapshot(): SyncStateSnapshot {
  if (!holder.__syncStateSnapshot) {
    const snapshot = new SyncStateSnapshot();
    onSyncStateWritten((row) => (row ? snapshot.put(row) : snapshot.invalidate()));
    holder.__syncStateSnapshot = snapshot;
  }
  return holder.__syncStateSnapshot;
}

export function appSyncSettings(): SyncSettings {
  const env = loadEnv();
  return syncSettings({ intervalMs: env.SYNC_INTERVAL_MS, concurrency: env.SYNC_CONCURRENCY, afilnetTimeoutMs: env.AFILNET_TIMEOUT_MS });
}

/** Starts this instance's sync loop once; the lease decides which instance actually syncs. */
export function ensureSyncLoop(work?: WorkRules): Promise<SyncLoop> {
  holder.__syncLoop ??= getDatabase().then((handle) =>
    startSyncLoop({
      db: handle.syncDb ?? handle.db,
      client: getAfilnetClient(),
      owner: instanceOwner(),
      settings: appSyncSettings(),
      work,
    }),
  );
  holder.__syncLoop.catch(() => {
    holder.__syncLoop = undefined;
  });
  return holder.__syncLoop;
}

export async function stopSyncLoop(): Promise<void> {
  const loop = holder.__syncLoop;
  holder.__syncLoop = undefined;
  if (loop) await (await loop).stop();
}

/**
 * The mirror's state as the read endpoints show it, at `now`: from the process's shared
 * snapshot of the row (lib/sync/sync-snapshot.ts), not one database read per poll.
 */
export async function currentSyncStatus(db: Db, now: Date): Promise<{ row: SyncStateRow; status: SyncStatus }> {
  const row = await syncStateSnapshot().row(db);
  return { row, status: describeSyncStatus(row, now, appSyncSettings().intervalMs) };
}
