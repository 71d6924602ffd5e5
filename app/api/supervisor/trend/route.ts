import { NextResponse } from "next/server";
import { route } from "@/lib/auth/route";
import { listActiveChannels } from "@/lib/db/queries/mirror";
import { trendQuerySchema, trendResponseSchema } from "@/lib/inbox/queue-types";
import { queueTrend } from "@/lib/inbox/samples";
import { getDb } from "@/lib/server/db";

export const dynamic = "force-dynamic";

const RANGES = { "1h": { rangeMs: 60 * 60_000, bucketMs: 60_000 }, "24h": { rangeMs: 24 * 60 * 60_000, bucketMs: 15 * 60_000 } };

/** Unread conversations per channel over the last hour (per minute) or day (per 15 minutes). */
export const GET = route({ role: "supervisor", query: trendQuerySchema }, async ({ query }) => {
  const db = await getDb();
  const { rangeMs, bucketMs } = RANGES[query.range];
  const [points, channels] = await Promise.all([queueTrend(db, new Date(), rangeMs, bucketMs), listActiveChannels(db)]);
  const body = trendResponseSchema.parse({
    range: query.range,
    channels: channels.map(({ id, name, platform }) => ({ id, name, platform })),
    points,
  });
  return NextResponse.json(body, { headers: { "Cache-Control": "no-store" } });
});
