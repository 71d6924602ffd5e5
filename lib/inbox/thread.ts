import "server-only";
import { messagesResponseSchema, type ConversationDetail, type MessagesQuery, type MessagesResponse, type ThreadItem } from "@/lib/contract/inbox";
import { interleave } from "@/lib/contract/thread";
import type { Db } from "@/lib/db/handle";
import { getConversation } from "@/lib/db/queries/conversations";
import { listMessages } from "@/lib/db/queries/thread-messages";
import { listEvents } from "@/lib/db/queries/events";
import { listPendingSends } from "@/lib/db/queries/outbox";
import { toPendingSendView } from "./outbox-view";

/**
 * A page of a conversation's thread, oldest first: its messages (`kind: "message"`) with the
 * record's lines (`"event"`) and the private notes (`"note"`) among them, and, on the newest
 * page, the sends in flight. `conversation` when the caller has already read it.
 */
export async function threadPage(db: Db, conversationId: number, query: MessagesQuery, conversation?: ConversationDetail): Promise<MessagesResponse | undefined> {
  const detail = conversation ?? (await getConversation(db, conversationId));
  if (!detail) return undefined;
  const [page, pending] = await Promise.all([
    listMessages(db, conversationId, { before: query.before, limit: query.limit }),
    query.before ? Promise.resolve([]) : listPendingSends(db, conversationId),
  ]);
  // The lines that fall among these messages: from the oldest shown (or the start) on, and
  // before the next page's first message when this is an older page.
  const oldest = page.olderCursor && page.messages[0] ? new Date(page.messages[0].at) : null;
  const newest = query.before && page.messages.length > 0 ? new Date(page.messages[page.messages.length - 1]!.at) : null;
  const lines = await listEvents(db, conversationId, oldest, newest ? new Date(newest.getTime() + 1) : null);
  return messagesResponseSchema.parse({
    conversation: detail,
    messages: interleave(page.messages, lines, (message): ThreadItem => ({ ...message, kind: "message" }), (line): ThreadItem => line),
    olderCursor: page.olderCursor,
    pending: pending.map((send) => toPendingSendView(send, send.agentName)),
  });
}
