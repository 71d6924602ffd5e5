import "server-only";
import { randomUUID } from "node:crypto";
import os from "node:os";
import { loadEnv } from "@/lib/env";
import { startSyncLoop, type SyncLoop } from "@/lib/sync/loop";
import { syncSettings, type SyncSettings } from "@/lib/sync/settings";
import { getDb } from "./db";
import { getAfilnetClient } from "./upstream";

const holder = globalThis as typeof globalThis & { __syncLoop?: Promise<SyncLoop> };

export function appSyncSettings(): SyncSettings {
  const env = loadEnv();
  return syncSettings({ intervalMs: env.SYNC_INTERVAL_MS, concurrency: env.SYNC_CONCURRENCY });
}

/** Starts this instance's sync loop once; the lease decides which instance actually syncs. */
export function ensureSyncLoop(): Promise<SyncLoop> {
  holder.__syncLoop ??= getDb().then((db) =>
    startSyncLoop({
      db,
      client: getAfilnetClient(),
      owner: `${os.hostname()}:${process.pid}:${randomUUID().slice(0, 8)}`,
      settings: appSyncSettings(),
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
