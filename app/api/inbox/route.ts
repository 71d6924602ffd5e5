import { NextResponse } from "next/server";
import { route } from "@/lib/auth/route";
import type { Db } from "@/lib/db/handle";
import { noteInboxRead, readSyncState } from "@/lib/db/queries/sync-state";
import { AnswerCache } from "@/lib/inbox/answer-cache";
import { inboxQuerySchema, inboxResponseSchema, type InboxQuery } from "@/lib/inbox/api-types";
import { notModified, pollHeaders, weakEtag } from "@/lib/inbox/etag";
import { BadCursorError, listChannelSummaries, listConversations } from "@/lib/inbox/reads";
import { writeAtMostEvery } from "@/lib/inbox/throttle-writes";
import { getDb } from "@/lib/server/db";
import { appSyncSettings } from "@/lib/server/sync";
import { describeSyncStatus } from "@/lib/sync/status";

export const dynamic = "force-dynamic";

/** Everything but the sync state, which is added fresh to each response. */
const answerSchema = inboxResponseSchema.omit({ sync: true });
type InboxAnswer = ReturnType<typeof answerSchema.parse>;

// Promises, so that pollers arriving together at a new version share one computation.
const answers = new AnswerCache<Promise<InboxAnswer>>();
const readNoteDue = writeAtMostEvery(10_000);

/**
 * The inbox poll: channels with unread counts, totals, the sync state and a page of
 * conversations. Unchanged since the caller's ETag: 304 with no body. An answer depends only
 * on the mirror's version, the sync state and the query, all in the ETag, so it is computed
 * once per ETag however many agents poll.
 */
export const GET = route({ query: inboxQuerySchema }, async ({ query, request }) => {
  const db = await getDb();
  const now = new Date();
  const settings = appSyncSettings();
  const [state] = await Promise.all([
    readSyncState(db),
    readNoteDue("inbox", now) ? noteInboxRead(db, now, settings.idleAfterMs) : undefined,
  ]);
  const sync = describeSyncStatus(state, now, settings.intervalMs);
  const { lastSuccessAt: _changesEverySync, ...syncShape } = sync;
  const etag = weakEtag([state.mirrorVersion, syncShape, request.nextUrl.search]);
  if (request.headers.get("if-none-match") === etag) return notModified(etag);

  let answer = answers.get(etag);
  if (!answer) {
    answer = computeAnswer(db, query);
    answers.set(etag, answer);
    answer.catch(() => answers.delete(etag));
  }
  try {
    return NextResponse.json({ ...(await answer), sync }, { headers: pollHeaders(etag) });
  } catch (error) {
    if (error instanceof BadCursorError) return NextResponse.json({ error: error.message, code: "bad_request" }, { status: 400 });
    throw error;
  }
});

async function computeAnswer(db: Db, query: InboxQuery): Promise<InboxAnswer> {
  const [channels, page] = await Promise.all([listChannelSummaries(db), listConversations(db, query)]);
  const totals = {
    unreadConversations: channels.reduce((sum, channel) => sum + channel.unreadConversations, 0),
    unreadMessages: channels.reduce((sum, channel) => sum + channel.unreadMessages, 0),
  };
  return answerSchema.parse({ totals, channels, conversations: page.rows, nextCursor: page.nextCursor });
}
