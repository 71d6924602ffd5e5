import { and, asc, eq, isNotNull } from "drizzle-orm";
import type { Db } from "../handle";
import { conversations } from "../schema";

/** A channel's waiting conversations, longest wait first (at most 500). */
export function listWaitingConversations(db: Db, channelId: number) {
  return db
    .select({
      id: conversations.id,
      destination: conversations.destination,
      waitingSince: conversations.waitingSince,
      unreadCount: conversations.unreadCount,
      lastText: conversations.lastText,
    })
    .from(conversations)
    .where(and(eq(conversations.channelId, channelId), isNotNull(conversations.waitingSince)))
    .orderBy(asc(conversations.waitingSince), asc(conversations.id))
    .limit(500);
}
