import type { Db } from "@/lib/db/handle";
import { channelFigures } from "@/lib/db/queries/figures";
import { insertSamples, pruneSamples, trendRows } from "@/lib/db/queries/samples";

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
  const taken = await insertSamples(
    db,
    figures.map((channel) => ({
      minute,
      channelId: channel.id,
      unreadConversations: channel.unreadConversations,
      unreadMessages: channel.unreadMessages,
      waitingConversations: channel.waitingConversations,
      overdueConversations: channel.overdueConversations,
    })),
  );
  const pruned = await pruneSamples(db, new Date(now.getTime() - SAMPLE_RETENTION_MS));
  return { taken, pruned, channels: figures.length };
}

export interface TrendPoint {
  at: string;
  /** channel id -> open conversations waiting */
  channels: Record<string, number>;
  /** channel id -> open conversations waiting past the threshold */
  overdue: Record<string, number>;
}

/** Waiting and overdue conversations per channel per sample, oldest first, over the last `rangeMs`. */
export async function queueTrend(db: Db, now: Date, rangeMs: number, bucketMs = 60_000): Promise<TrendPoint[]> {
  const bucket = Math.max(60, Math.round(bucketMs / 1000));
  const rows = await trendRows(db, new Date(now.getTime() - rangeMs), new Date(now.getTime() + 60_000), bucket);
  const points = new Map<string, TrendPoint>();
  for (const row of rows) {
    const at = new Date(row.at).toISOString();
    const point = points.get(at) ?? { at, channels: {}, overdue: {} };
    point.channels[String(row.channelId)] = row.waiting;
    point.overdue[String(row.channelId)] = row.overdue;
    points.set(at, point);
  }
  return [...points.values()];
}
