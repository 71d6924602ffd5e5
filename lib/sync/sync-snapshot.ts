import type { Db } from "@/lib/db/handle";
import { readSyncState } from "@/lib/db/queries/sync-state";
import type { SyncStateRow } from "@/lib/db/schema";
import { KeptRead } from "@/lib/kept-read";

/**
 * How long a read of the sync state row serves every poll of the process as it is, and how
 * long it may still answer while a new read runs in the background. Safe because the promise
 * is freshness within the interval plus 1 s: this process's own sync hands its writes to the
 * snapshot (and other writers drop it), so an agent sees their own change on their next poll;
 * only another instance's change can take up to SNAPSHOT_STALE_MS, inside the second allowed.
 */
export const SNAPSHOT_MS = 300;
export const SNAPSHOT_STALE_MS = 1_000;

/**
 * The sync state row (the mirror's version with it) shared by every poller of the process:
 * one database read at a time, reused for `ttlMs`, refreshed in the background until
 * `staleMs`, replaced by `put()` and dropped by `invalidate()`. Without it every poll, an
 * unchanged one answered 304 included, read the row from the database, and on the embedded
 * database waited in line behind the sync's writes to do so.
 */
export class SyncStateSnapshot {
  private kept: { db: Db; read: KeptRead<SyncStateRow> } | undefined;

  constructor(
    private readonly read: (db: Db) => Promise<SyncStateRow> = readSyncState,
    private readonly clock: () => number = () => performance.now(),
    private readonly ttlMs = SNAPSHOT_MS,
    private readonly staleMs = SNAPSHOT_STALE_MS,
  ) {}

  row(db: Db): Promise<SyncStateRow> {
    if (this.kept?.db !== db) this.kept = { db, read: new KeptRead(() => this.read(db), this.ttlMs, this.staleMs, this.clock) };
    return this.kept.read.get();
  }

  /** This process wrote the row outside any transaction and got it back: it is the current one. */
  put(row: SyncStateRow): void {
    this.kept?.read.put(row);
  }

  /**
   * This process wrote the row without reading it back. A read still under way may have begun
   * before the write, so it is dropped too: whoever asks from now on gets a read that began after it.
   */
  invalidate(): void {
    this.kept?.read.drop();
  }
}
