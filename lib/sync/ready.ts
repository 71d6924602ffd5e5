import type { Db } from "@/lib/db/handle";
import { readSyncState } from "@/lib/db/queries/sync-state";
import type { SyncLoop } from "./loop";

/**
 * Settles when the mirror can be served as current after a start: at once while its first
 * import has not ended (that takes minutes, and the inbox shows its progress), else once the
 * loop's first tick has, whose pass brings in what customers wrote while no server ran.
 */
export async function mirrorReady(db: Db, loop: Promise<SyncLoop>): Promise<void> {
  const state = await readSyncState(db);
  const running = await loop;
  if (state.firstImportDone) await running.firstTick;
}
