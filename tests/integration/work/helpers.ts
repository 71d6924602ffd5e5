import { eq } from "drizzle-orm";
import type { Db } from "@/lib/db/handle";
import { conversations } from "@/lib/db/schema";

/** The id of the conversation with this destination (the tests give each a unique one). */
export async function conversationByDestination(db: Db, destination: string): Promise<number> {
  const rows = await db.select({ id: conversations.id }).from(conversations).where(eq(conversations.destination, destination));
  if (!rows[0]) throw new Error(`No conversation with ${destination} in the mirror.`);
  return rows[0].id;
}

/** A conversation's work state as stored. */
export async function workState(db: Db, id: number) {
  const rows = await db
    .select({
      status: conversations.status,
      snoozedUntil: conversations.snoozedUntil,
      assigneeId: conversations.assigneeId,
      unreadCount: conversations.unreadCount,
      waitingSince: conversations.waitingSince,
    })
    .from(conversations)
    .where(eq(conversations.id, id));
  if (!rows[0]) throw new Error(`No conversation ${id}.`);
  return rows[0];
}
