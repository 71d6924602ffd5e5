import { and, asc, gte, lt, sql } from "drizzle-orm";
import type { Db } from "../handle";
import { queueSamples } from "../schema";

export interface SampleRow {
  minute: Date;
  channelId: number;
  unreadConversations: number;
  unreadMessages: number;
  waitingConversations: number;
  overdueConversations: number;
}

/** Inserts a minute's samples unless that minute is already recorded; true when written. */
export async function insertSamples(db: Db, rows: SampleRow[]): Promise<boolean> {
  if (rows.length === 0) return false;
  const inserted = await db.insert(queueSamples).values(rows).onConflictDoNothing().returning({ channelId: queueSamples.channelId });
  return inserted.length > 0;
}

/** Deletes samples older than `before`; the number deleted. */
export async function pruneSamples(db: Db, before: Date): Promise<number> {
  const pruned = await db.delete(queueSamples).where(lt(queueSamples.minute, before)).returning({ minute: queueSamples.minute });
  return pruned.length;
}

/** Per bucket of `bucketSeconds` and channel, the largest waiting and overdue counts sampled in [from, to). */
export function trendRows(db: Db, from: Date, to: Date, bucketSeconds: number) {
  return db
    .select({
      at: sql<string>`to_timestamp(floor(extract(epoch from ${queueSamples.minute}) / ${bucketSeconds}) * ${bucketSeconds})`.as("bucket_at"),
      channelId: queueSamples.channelId,
      waiting: sql<number>`max(${queueSamples.waitingConversations})::int`,
      overdue: sql<number>`max(${queueSamples.overdueConversations})::int`,
    })
    .from(queueSamples)
    .where(and(gte(queueSamples.minute, from), lt(queueSamples.minute, to)))
    .groupBy(sql`bucket_at`, queueSamples.channelId)
    .orderBy(asc(sql`bucket_at`));
}
