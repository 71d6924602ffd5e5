import { NextResponse } from "next/server";
import { route } from "@/lib/auth/route";
import { readSyncState } from "@/lib/db/queries/sync-state";
import { queueOverview } from "@/lib/inbox/queues";
import { queuesQuerySchema, queuesResponseSchema } from "@/lib/inbox/queue-types";
import { getDb } from "@/lib/server/db";
import { appSyncSettings } from "@/lib/server/sync";
import { describeSyncStatus } from "@/lib/sync/status";

export const dynamic = "force-dynamic";

/** The queues of every channel, the total, and the team; `tz` sets where "today" starts. */
export const GET = route({ role: "supervisor", query: queuesQuerySchema }, async ({ query }) => {
  const db = await getDb();
  const now = new Date();
  const [overview, state] = await Promise.all([queueOverview(db, now, query.tz), readSyncState(db)]);
  const sync = describeSyncStatus(state, now, appSyncSettings().intervalMs);
  return NextResponse.json(queuesResponseSchema.parse({ ...overview, sync }), { headers: { "Cache-Control": "no-store" } });
});
