import { NextResponse } from "next/server";
import { route } from "@/lib/auth/route";
import { readSyncState, noteInboxRead } from "@/lib/db/queries/sync-state";
import { inboxQuerySchema, inboxResponseSchema } from "@/lib/inbox/api-types";
import { notModified, pollHeaders, weakEtag } from "@/lib/inbox/etag";
import { BadCursorError, listChannelSummaries, listConversations } from "@/lib/inbox/reads";
import { getDb } from "@/lib/server/db";
import { appSyncSettings } from "@/lib/server/sync";
import { describeSyncStatus } from "@/lib/sync/status";

export const dynamic = "force-dynamic";

/**
 * The inbox poll: channels with unread counts, totals, the sync state and a page of
 * conversations. Unchanged since the caller's ETag: 304 with no body.
 */
export const GET = route({ query: inboxQuerySchema }, async ({ query, request }) => {
  const db = await getDb();
  const now = new Date();
  const settings = appSyncSettings();
  const [state] = await Promise.all([readSyncState(db), noteInboxRead(db, now, settings.idleAfterMs)]);
  const sync = describeSyncStatus(state, now, settings.intervalMs);
  const { lastSuccessAt: _changesEverySync, ...syncShape } = sync;
  const etag = weakEtag([state.mirrorVersion, syncShape, request.nextUrl.search]);
  if (request.headers.get("if-none-match") === etag) return notModified(etag);

  try {
    const [channels, page] = await Promise.all([listChannelSummaries(db), listConversations(db, query)]);
    const totals = channels.reduce(
      (sum, channel) => ({
        unreadConversations: sum.unreadConversations + channel.unreadConversations,
        unreadMessages: sum.unreadMessages + channel.unreadMessages,
      }),
      { unreadConversations: 0, unreadMessages: 0 },
    );
    const body = inboxResponseSchema.parse({ sync, totals, channels, conversations: page.rows, nextCursor: page.nextCursor });
    return NextResponse.json(body, { headers: pollHeaders(etag) });
  } catch (error) {
    if (error instanceof BadCursorError) return NextResponse.json({ error: error.message, code: "bad_request" }, { status: 400 });
    throw error;
  }
});
