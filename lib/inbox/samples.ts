import { and, asc, gte, lt, sql } from "drizzle-orm";
import type { Db } from "../db/handle";
import { queueSamples } from "../db/schema";
import { channelFigures } from "./figures";

/** Samples are kept a little over the seven days the trend promises. */
export const SAMPLE_RETENTION_MS = 8 * 24 * 60 * 60_000;

const minuteOf = (now: Date) => new Date(Math.floor(now.getTime() / 60_000) * 60_000);

/**
 * Records this minute's queue sizes once, whichever instance gets there first (the minute
 * is part of the key), and prunes samples past the retention.
 */
export async function takeQueueSample(db: Db, now: Date): Promise<{ taken: boolean; pruned: number; channels: number }> {
  const minute = minuteOf(now);
  const figures = await channelFigures(db, now);
  let taken = false;
  if (figures.length > 0) {
    const inserted = await db
      .insert(queueSamples)
      .values(
        figures.map((channel) => ({
          minute,
          channelId: channel.id,
          unreadConversations: channel.unreadConversations,
          unreadMessages: channel.unreadMessages,
          waitingConversations: channel.waitingConversations,
        })),
      )
      .onConflictDoNothing()
      .returning({ channelId: queueSamples.channelId });
    taken = inserted.length > 0;
  }
  const pruned = await db
    .delete(queueSamples)
    .where(lt(queueSamples.minute, new Date(now.getTime() - SAMPLE_RETENTION_MS)))
    .returning({ minute: queueSamples.minute });
  return { taken, pruned: pruned.length, channels: figures.length };
}

export interface TrendPoint {
  at: string;
  /** channel id -> unread conversations */
  channels: Record<string, number>;
}

/** Unread conversations per channel per sample, oldest first, over the last `rangeMs`. */
export async function queueTrend(db: Db, now: Date, rangeMs: number, bucketMs = 60_000): Promise<TrendPoint[]> {
  const bucket = Math.max(60, Math.round(bucketMs / 1000));
  const rows = await db
    .select({
      at: sql<string>`to_timestamp(floor(extract(epoch from ${queueSamples.minute}) / ${bucket}) * ${bucket})`.as("bucket_at"),
      channelId: queueSamples.channelId,
      unread: sql<number>`max(${queueSamples.unreadConversations})::int`,
    })
    .from(queueSamples)
    .where(and(gte(queueSamples.minute, new Date(now.getTime() - rangeMs)), lt(queueSamples.minute, new Date(now.getTime() + 60_000))))
    .groupBy(sql`bucket_at`, queueSamples.channelId)
    .orderBy(asc(sql`bucket_at`));
  const points = new Map<string, TrendPoint>();
  for (const row of rows) {
    const at = new Date(row.at).toISOString();
    const point = points.get(at) ?? { at, channels: {} };
    point.channels[String(row.channelId)] = row.unread;
    points.set(at, point);
  }
  return [...points.values()];
}
