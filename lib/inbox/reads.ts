import "server-only";
import { inboxResponseSchema, messagesResponseSchema, type InboxQuery, type InboxResponse, type MessagesQuery, type MessagesResponse } from "@/lib/contract/inbox";
import type { PresenceBeat } from "@/lib/contract/presence";
import type { Db } from "@/lib/db/handle";
import { getDb } from "@/lib/db/instance";
import { countOpenByView, getConversation, listChannelSummaries, listConversations, listMessages } from "@/lib/db/queries/conversations";
import { listEvents } from "@/lib/db/queries/events";
import { countConversationsWithSendTrouble, listPendingSends } from "@/lib/db/queries/outbox";
import { noteInboxRead } from "@/lib/db/queries/sync-state";
import { writeAtMostEvery } from "@/lib/db/write-throttle";
import { appSyncSettings, currentSyncStatus } from "@/lib/sync/instance";
import { AnswerCache } from "./answer-cache";
import { readContact } from "./contact";
import { presenceBeat } from "./presence";
import { weakEtag } from "./etag";
import { toPendingSendView } from "./outbox-view";

export { BadCursorError } from "@/lib/db/queries/conversations";

/*
 * The agent's polled reads. Each answer comes with an ETag naming the data it stands for, so
 * that an unchanged poll is answered with a 304 and nothing computed.
 */

/** What every view shares at one mirror version: channel counts and totals. */
type SharedAnswer = Pick<InboxResponse, "channels" | "totals">;
type PageAnswer = Pick<InboxResponse, "conversations" | "nextCursor">;

// Promises, so that pollers arriving together at a new version share one computation.
const shared = new AnswerCache<Promise<SharedAnswer>>(8);
const pages = new AnswerCache<Promise<PageAnswer>>();
const viewCounts = new AnswerCache<Promise<InboxResponse["views"]>>(256);
const readNoteDue = writeAtMostEvery(10_000);

/** One computation per key, shared by everyone who asks while it runs; a failure is not kept. */
function once<T>(cache: AnswerCache<Promise<T>>, key: string, compute: () => Promise<T>): Promise<T> {
  let answer = cache.get(key);
  if (!answer) {
    answer = compute();
    cache.set(key, answer);
    answer.catch(() => cache.delete(key));
  }
  return answer;
}

export type Polled<T> = { etag: string; body?: T };

/**
 * The inbox poll: channels with unread counts, totals, the views' counts, the sync state and a
 * page of conversations. An answer depends only on the mirror's version, the sync state, the
 * query and who asks (for "mine"), all in the ETag. The parts every view shares are computed
 * once per version, a page once per version and question. No body when the caller already
 * holds `ifNoneMatch`.
 */
export async function pollInbox(query: InboxQuery, search: string, ifNoneMatch: string | null, agentId: string): Promise<Polled<InboxResponse>> {
  const db = await getDb();
  const now = new Date();
  const [{ row, status: sync }] = await Promise.all([
    currentSyncStatus(db, now),
    readNoteDue("inbox", now) ? noteInboxRead(db, now, appSyncSettings().idleAfterMs) : undefined,
  ]);
  const { lastSuccessAt: _changesEverySync, ...syncShape } = sync;
  const version = row.mirrorVersion;
  const etag = weakEtag([version, syncShape, search, agentId]);
  if (ifNoneMatch === etag) return { etag };
  const pageKey = `${version}|${query.view === "mine" ? agentId : ""}|${search}`;
  const [common, page, views] = await Promise.all([
    once(shared, String(version), () => sharedAnswer(db)),
    once(pages, pageKey, () => listConversations(db, query, agentId).then((p) => ({ conversations: p.rows, nextCursor: p.nextCursor }))),
    once(viewCounts, `${version}|${agentId}`, () => countOpenByView(db, agentId)),
  ]);
  return { etag, body: inboxResponseSchema.parse({ ...common, ...page, views, sync }) };
}

async function sharedAnswer(db: Db): Promise<SharedAnswer> {
  const [channels, failedSendConversations] = await Promise.all([listChannelSummaries(db), countConversationsWithSendTrouble(db)]);
  const totals = {
    unreadConversations: channels.reduce((sum, channel) => sum + channel.unreadConversations, 0),
    unreadMessages: channels.reduce((sum, channel) => sum + channel.unreadMessages, 0),
    failedSendConversations,
  };
  return { channels, totals };
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
  // The record's lines that fall among these messages: from the oldest shown (or the start) on,
  // and before the next page's first message when this is an older page.
  const oldest = page.olderCursor && page.messages[0] ? new Date(page.messages[0].at) : null;
  const newest = query.before && page.messages.length > 0 ? new Date(page.messages[page.messages.length - 1]!.at) : null;
  const events = await listEvents(db, conversationId, oldest, newest ? new Date(newest.getTime() + 1) : null);
  const body = messagesResponseSchema.parse({
    conversation,
    events,
    ...page,
    pending: pending.map((send) => toPendingSendView(send, send.agentName)),
  });
  return { etag, body };
}

/** The sync state and the first import's progress. */
export async function syncStatusNow() {
  return (await currentSyncStatus(await getDb(), new Date())).status;
}

/** The contact panel of a conversation (lib/inbox/contact.ts); undefined when there is no such conversation. */
export async function contactNow(conversationId: number) {
  return readContact(await getDb(), conversationId);
}

/** A tab's presence heartbeat, and who else has what open (lib/inbox/presence.ts). */
export async function presenceNow(agentId: string, beat: PresenceBeat) {
  return presenceBeat(await getDb(), agentId, beat, new Date());
}
