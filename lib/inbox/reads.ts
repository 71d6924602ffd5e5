import "server-only";
import type { MessagesQuery, MessagesResponse } from "@/lib/contract/inbox";
import type { PresenceBeat } from "@/lib/contract/presence";
import { getDb } from "@/lib/db/instance";
import { getConversation } from "@/lib/db/queries/conversations";
import { currentSyncStatus } from "@/lib/sync/instance";
import { readContact } from "./contact";
import { presenceBeat } from "./presence";
import { weakEtag } from "./etag";
import type { Polled } from "./inbox-poll";
import { threadPage } from "./thread";

export { BadCursorError } from "@/lib/db/queries/cursor";

/*
 * The agent's polled reads. Each answer comes with an ETag naming the data it stands for, so
 * that an unchanged poll is answered with a 304 and nothing computed.
 */

export { pollInbox, type Polled } from "./inbox-poll";

/**
 * A conversation's thread, newest last, paged backwards with `before`: its messages with the
 * record's lines and the notes among them. Undefined when there is no such conversation.
 */
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
  const body = await threadPage(db, conversationId, query, conversation);
  if (!body) return undefined;
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
