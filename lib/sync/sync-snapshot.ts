import type { Db } from "@/lib/db/handle";
import { readSyncState } from "@/lib/db/queries/sync-state";
import type { SyncStateRow } from "@/lib/db/schema";

/**
 * How long a read of the sync state row serves every poll of the process. Safe because the
 * promise is freshness within the interval plus 1 s: this process's own sync and actions drop
 * the snapshot at once (so an agent sees their own change on their next poll), and only
 * another instance's change can wait this long, well inside the second allowed.
 */
export const SNAPSHOT_MS = 300;

interface Taken {
  db: Db;
  row: Promise<SyncStateRow>;
  /** When the read began: the row is at least that fresh. */
  at: number;
}

/**
 * The sync state row (the mirror's version with it) shared by every poller of the process:
 * one database read at a time, reused for `ttlMs`, dropped by `invalidate()`. Without it every
 * poll, an unchanged one answered 304 included, read the row from the database.
 */
export class SyncStateSnapshot {
  private taken: Taken | undefined;

  constructor(
    private readonly read: (db: Db) => Promise<SyncStateRow> = readSyncState,
    private readonly clock: () => number = () => performance.now(),
    private readonly ttlMs = SNAPSHOT_MS,
  ) {}

  row(db: Db): Promise<SyncStateRow> {
    const now = this.clock();
    const taken = this.taken;
    if (taken && taken.db === db && now - taken.at < this.ttlMs) return taken.row;
    const fresh: Taken = { db, row: this.read(db), at: now };
    this.taken = fresh;
    // A failed read is not kept: the next poll tries again.
    fresh.row.catch(() => {
      if (this.taken === fresh) this.taken = undefined;
    });
    return fresh.row;
  }

  /**
   * This process wrote the row. A read still under way may have begun before the write, so it
   * is dropped too: whoever asks from now on gets a read that began after it.
   */
  invalidate(): void {
    this.taken = undefined;
  }
}
