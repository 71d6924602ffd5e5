import { randomUUID } from "node:crypto";
import os from "node:os";
import type { Db } from "@/lib/db/handle";
import { processGone, processMark } from "@/lib/db/folder-lock";
import { readSyncState, releaseDeadLease } from "@/lib/db/queries/sync-state";

/*
 * The sync lease is a row lease of seconds (SyncSettings.leaseMs), renewed while a pass runs,
 * so an instance that dies holding it frees it within seconds. An instance that starts on
 * the host where the holder died need not wait even that: it can see the holder is gone.
 */

/** `host:pid:bootId:startTicks:random`, so that an instance of the same host can tell a dead holder. */
export function instanceOwner(): string {
  const mark = processMark();
  return [os.hostname(), mark.pid, mark.bootId ?? "-", mark.startTicks ?? "-", randomUUID().slice(0, 8)].join(":");
}

/** True only for a holder of this host whose process no longer runs; others' fate is unknown here. */
export function isDeadLocalOwner(owner: string, self: string): boolean {
  if (owner === self) return false;
  const parts = owner.split(":");
  const pid = Number(parts[1]);
  if (parts[0] !== os.hostname() || !Number.isInteger(pid) || pid <= 0) return false;
  // Earlier versions wrote `host:pid:random`: only the pid can be checked.
  const known = (value: string | undefined) => (parts.length === 5 && value && value !== "-" ? value : null);
  return processGone({ pid, bootId: known(parts[2]), startTicks: known(parts[3]) });
}

/** Frees a lease left by a dead holder of this host and makes the next sync due; true when it did. */
export async function reclaimDeadLocalLease(db: Db, self: string, now: Date): Promise<boolean> {
  const state = await readSyncState(db);
  if (!state.leaseOwner || !state.leaseUntil || state.leaseUntil.getTime() <= now.getTime()) return false;
  if (!isDeadLocalOwner(state.leaseOwner, self)) return false;
  return releaseDeadLease(db, state.leaseOwner, now);
}
