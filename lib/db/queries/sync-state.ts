import { eq, sql } from "drizzle-orm";
import type { Db } from "@/lib/db/handle";
import { syncState, type SyncStateRow } from "@/lib/db/schema";
import { syncStateWritten } from "@/lib/db/write-signal";

export const SYNC_STATE_ID = "main";

const iso = (date: Date) => sql`${date.toISOString()}::timestamptz`;

export async function readSyncState(db: Db): Promise<SyncStateRow> {
  const rows = await db.select().from(syncState).where(eq(syncState.id, SYNC_STATE_ID));
  if (rows[0]) return rows[0];
  await db.insert(syncState).values({ id: SYNC_STATE_ID }).onConflictDoNothing();
  const created = await db.select().from(syncState).where(eq(syncState.id, SYNC_STATE_ID));
  return created[0] as SyncStateRow;
}

/**
 * Takes the deployment-wide sync lease with one conditional update, so that of several
 * instances on one database exactly one wins: only when no live lease exists and the next
 * sync is due (or `force`). A lease left by a crashed instance expires within seconds.
 */
export async function takeSyncLease(
  db: Db,
  owner: string,
  now: Date,
  leaseMs: number,
  force = false,
): Promise<SyncStateRow | undefined> {
  await readSyncState(db);
  const due = force ? sql`true` : sql`(${syncState.nextAttemptAt} is null or ${syncState.nextAttemptAt} <= ${iso(now)})`;
  const rows = await db
    .update(syncState)
    .set({ leaseOwner: owner, leaseUntil: new Date(now.getTime() + leaseMs), lastAttemptAt: now })
    .where(
      sql`${syncState.id} = ${SYNC_STATE_ID}
        and (${syncState.leaseUntil} is null or ${syncState.leaseUntil} < ${iso(now)} or ${syncState.leaseOwner} = ${owner})
        and ${due}`,
    )
    .returning();
  // Asked every tick and mostly refused: only a lease taken changed the row.
  if (rows[0]) syncStateWritten(rows[0]);
  return rows[0];
}

/** Extends a held lease during a long pass; false when it was lost to another instance. */
export async function renewSyncLease(db: Db, owner: string, until: Date): Promise<boolean> {
  const rows = await db
    .update(syncState)
    .set({ leaseUntil: until })
    .where(sql`${syncState.id} = ${SYNC_STATE_ID} and ${syncState.leaseOwner} = ${owner}`)
    .returning();
  if (rows[0]) syncStateWritten(rows[0]);
  return rows.length > 0;
}

/** Clears a lease whose holder is known to be dead, if it still holds it; the next sync is due at once. */
export async function releaseDeadLease(db: Db, owner: string, now: Date): Promise<boolean> {
  const rows = await db
    .update(syncState)
    .set({ leaseOwner: null, leaseUntil: null, nextAttemptAt: now })
    .where(sql`${syncState.id} = ${SYNC_STATE_ID} and ${syncState.leaseOwner} = ${owner}`)
    .returning({ id: syncState.id });
  if (rows.length > 0) syncStateWritten();
  return rows.length > 0;
}

export type SyncStateUpdate = Partial<Omit<SyncStateRow, "id" | "createdAt" | "mirrorVersion">>;

/** Records the end of a pass and gives the lease back. Never inside a transaction: the row written is handed to the readers. */
export async function finishSyncPass(db: Db, owner: string, update: SyncStateUpdate, changed: boolean): Promise<void> {
  const rows = await db
    .update(syncState)
    .set({
      ...update,
      leaseOwner: null,
      leaseUntil: null,
      ...(changed ? { mirrorVersion: sql`${syncState.mirrorVersion} + 1` } : {}),
    })
    .where(sql`${syncState.id} = ${SYNC_STATE_ID} and ${syncState.leaseOwner} = ${owner}`)
    .returning();
  syncStateWritten(rows[0]);
}

/** Never inside a transaction: the row written is handed to the readers. */
export async function updateSyncState(db: Db, update: SyncStateUpdate): Promise<void> {
  const rows = await db.update(syncState).set(update).where(eq(syncState.id, SYNC_STATE_ID)).returning();
  syncStateWritten(rows[0]);
}

/** Import progress only moves forward: concurrent writers may finish out of order. Never inside a transaction. */
export async function advanceImportProgress(db: Db, done: number): Promise<void> {
  const rows = await db
    .update(syncState)
    .set({ importDone: sql`greatest(${syncState.importDone}, ${done})` })
    .where(eq(syncState.id, SYNC_STATE_ID))
    .returning();
  syncStateWritten(rows[0]);
}

/** Moves the mirror's version. Within a transaction, the caller calls syncStateWritten() again after the commit. */
export async function bumpMirrorVersion(db: Db): Promise<void> {
  await readSyncState(db);
  await db
    .update(syncState)
    .set({ mirrorVersion: sql`${syncState.mirrorVersion} + 1` })
    .where(eq(syncState.id, SYNC_STATE_ID));
  syncStateWritten();
}

/**
 * Notes that someone reads the inbox, at most every `everyMs`. After a quiet spell (no read
 * for `idleAfterMs`) the sync has slowed down; the first read brings the next sync forward.
 */
export async function noteInboxRead(db: Db, now: Date, idleAfterMs: number, everyMs = 10_000): Promise<void> {
  const idleSince = iso(new Date(now.getTime() - idleAfterMs));
  const rows = await db
    .update(syncState)
    .set({
      lastReadAt: now,
      nextAttemptAt: sql`case when ${syncState.lastReadAt} is null or ${syncState.lastReadAt} < ${idleSince}
        then least(coalesce(${syncState.nextAttemptAt}, ${iso(now)}), ${iso(now)}) else ${syncState.nextAttemptAt} end`,
    })
    .where(
      sql`${syncState.id} = ${SYNC_STATE_ID} and (${syncState.lastReadAt} is null or ${syncState.lastReadAt} < ${iso(new Date(now.getTime() - everyMs))})`,
    )
    .returning();
  // Nothing written (another poll noted the read moments ago): nothing to tell.
  if (rows[0]) syncStateWritten(rows[0]);
}
