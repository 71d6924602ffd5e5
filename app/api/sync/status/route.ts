import { NextResponse } from "next/server";
import { route } from "@/lib/auth/route";
import { readSyncState } from "@/lib/db/queries/sync-state";
import { syncStatusSchema } from "@/lib/inbox/api-types";
import { getDb } from "@/lib/server/db";
import { appSyncSettings } from "@/lib/server/sync";
import { describeSyncStatus } from "@/lib/sync/status";

export const dynamic = "force-dynamic";

/** The sync state, and the first import's progress (chats done of total). */
export const GET = route({}, async () => {
  const state = await readSyncState(await getDb());
  const status = describeSyncStatus(state, new Date(), appSyncSettings().intervalMs);
  return NextResponse.json(syncStatusSchema.parse(status), { headers: { "Cache-Control": "no-store" } });
});
