import { sql } from "drizzle-orm";
import type { Db } from "../db/handle";
import { recountConversation } from "../db/queries/mirror";
import { bumpMirrorVersion } from "../db/queries/sync-state";

/**
 * Seen up to the newest message the mirror holds now, never later: a message that is synced
 * after the conversation was opened stays unread, because nobody has seen it.
 */
export async function markConversationSeen(db: Db, conversationId: number): Promise<boolean> {
  const found = await db.transaction(async (tx) => {
    const result = await tx.execute(sql`
      update conversations c set last_seen_at = greatest(
        coalesce(c.last_seen_at, '-infinity'::timestamptz),
        coalesce((select max(m.at) from messages m where m.conversation_id = c.id), c.last_seen_at, '-infinity'::timestamptz))
      where c.id = ${conversationId}
      returning c.id`);
    if (rowsOf(result).length === 0) return false;
    await recountConversation(tx as unknown as Db, conversationId);
    return true;
  });
  if (found) await bumpMirrorVersion(db);
  return found;
}

/** Sets "seen" back to just before the last inbound message, so it counts as unread again. */
export async function markConversationUnread(db: Db, conversationId: number): Promise<boolean> {
  const found = await db.transaction(async (tx) => {
    const result = await tx.execute(sql`
      update conversations c set last_seen_at = coalesce(
        (select max(m.at) from messages m where m.conversation_id = c.id and m.direction = 'in') - interval '1 millisecond',
        c.last_seen_at)
      where c.id = ${conversationId}
      returning c.id`);
    if (rowsOf(result).length === 0) return false;
    await recountConversation(tx as unknown as Db, conversationId);
    return true;
  });
  if (found) await bumpMirrorVersion(db);
  return found;
}

function rowsOf(result: unknown): unknown[] {
  return (result as { rows?: unknown[] }).rows ?? [];
}
