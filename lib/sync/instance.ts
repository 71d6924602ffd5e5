import "server-only";
import { loadEnv } from "@/lib/env";
import { instanceOwner } from "./lease";
import { startSyncLoop, type SyncLoop } from "./loop";
import type { WorkRules } from "./work-hooks";
import { syncSettings, type SyncSettings } from "./settings";
import type { Db } from "@/lib/db/handle";
import { getDb } from "@/lib/db/instance";
import { readSyncState } from "@/lib/db/queries/sync-state";
import type { SyncStateRow } from "@/lib/db/schema";
import { describeSyncStatus, type SyncStatus } from "./status";
import { getAfilnetClient } from "@/lib/afilnet/instance";

const holder = globalThis as typeof globalThis & { __syncLoop?: Promise<SyncLoop> };

export function appSyncSettings(): SyncSettings {
  const env = loadEnv();
  return syncSettings({ intervalMs: env.SYNC_INTERVAL_MS, concurrency: env.SYNC_CONCURRENCY, afilnetTimeoutMs: env.AFILNET_TIMEOUT_MS });
}

/** Starts this instance's sync loop once; the lease decides which instance actually syncs. */
export function ensureSyncLoop(work?: WorkRules): Promise<SyncLoop> {
  holder.__syncLoop ??= getDb().then((db) =>
    startSyncLoop({
      db,
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

/** The mirror's state as the read endpoints show it, at `now`. */
export async function currentSyncStatus(db: Db, now: Date): Promise<{ row: SyncStateRow; status: SyncStatus }> {
  const row = await readSyncState(db);
  return { row, status: describeSyncStatus(row, now, appSyncSettings().intervalMs) };
}
