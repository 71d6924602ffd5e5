import "server-only";
import { inboxResponseSchema, messagesResponseSchema, type InboxQuery, type MessagesQuery, type MessagesResponse } from "@/lib/contract/inbox";
import type { Db } from "@/lib/db/handle";
import { getDb } from "@/lib/db/instance";
import { getConversation, listChannelSummaries, listConversations, listMessages } from "@/lib/db/queries/conversations";
import { listPendingSends } from "@/lib/db/queries/outbox";
import { noteInboxRead } from "@/lib/db/queries/sync-state";
import { writeAtMostEvery } from "@/lib/db/write-throttle";
import { appSyncSettings, currentSyncStatus } from "@/lib/sync/instance";
import { AnswerCache } from "./answer-cache";
import { weakEtag } from "./etag";
import { toPendingSendView } from "./outbox-view";

export { BadCursorError } from "@/lib/db/queries/conversations";

/*
 * The agent's polled reads. Each answer comes with an ETag naming the data it stands for, so
 * that an unchanged poll is answered with a 304 and nothing computed.
 */

/** Everything but the sync state, which is added fresh to each response. */
const answerSchema = inboxResponseSchema.omit({ sync: true });
type InboxAnswer = ReturnType<typeof answerSchema.parse>;

// Promises, so that pollers arriving together at a new version share one computation.
const answers = new AnswerCache<Promise<InboxAnswer>>();
const readNoteDue = writeAtMostEvery(10_000);

export type Polled<T> = { etag: string; body?: T };

/**
 * The inbox poll: channels with unread counts, totals, the sync state and a page of
 * conversations. An answer depends only on the mirror's version, the sync state and the
 * query, all in the ETag, so it is computed once per ETag however many agents poll.
 * No body when the caller already holds `ifNoneMatch`.
 */
export async function pollInbox(query: InboxQuery, search: string, ifNoneMatch: string | null) {
  const db = await getDb();
  const now = new Date();
  const [{ row, status: sync }] = await Promise.all([
    currentSyncStatus(db, now),
    readNoteDue("inbox", now) ? noteInboxRead(db, now, appSyncSettings().idleAfterMs) : undefined,
  ]);
  const { lastSuccessAt: _changesEverySync, ...syncShape } = sync;
  const etag = weakEtag([row.mirrorVersion, syncShape, search]);
  if (ifNoneMatch === etag) return { etag };

  let answer = answers.get(etag);
  if (!answer) {
    answer = computeInboxAnswer(db, query);
    answers.set(etag, answer);
    answer.catch(() => answers.delete(etag));
  }
  return { etag, body: { ...(await answer), sync } };
}

async function computeInboxAnswer(db: Db, query: InboxQuery): Promise<InboxAnswer> {
  const [channels, page] = await Promise.all([listChannelSummaries(db), listConversations(db, query)]);
  const totals = {
    unreadConversations: channels.reduce((sum, channel) => sum + channel.unreadConversations, 0),
    unreadMessages: channels.reduce((sum, channel) => sum + channel.unreadMessages, 0),
  };
  return answerSchema.parse({ totals, channels, conversations: page.rows, nextCursor: page.nextCursor });
}

/** A conversation's messages, newest last, paged backwards with `before`; undefined when there is no such conversation. */
export async function pollThread(
  conversationId: number,
  query: MessagesQuery,
  search: string,
  ifNoneMatch: string | null,
): Promise<Polled<MessagesResponse> | undefined> {
  const db = await getDb();
  const conversation = await getConversation(db, conversationId);
  if (!conversation) return undefined;
  const etag = weakEtag([conversation.version, conversation.unreadCount, search]);
  if (ifNoneMatch === etag) return { etag };
  const [page, pending] = await Promise.all([
    listMessages(db, conversationId, { before: query.before, limit: query.limit }),
    query.before ? Promise.resolve([]) : listPendingSends(db, conversationId),
  ]);
  const body = messagesResponseSchema.parse({
    conversation,
    ...page,
    pending: pending.map((send) => toPendingSendView(send, send.agentName)),
  });
  return { etag, body };
}

/** The sync state and the first import's progress. */
export async function syncStatusNow() {
  return (await currentSyncStatus(await getDb(), new Date())).status;
}
