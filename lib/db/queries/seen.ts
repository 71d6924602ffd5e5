import { sql, type SQL } from "drizzle-orm";
import type { Db } from "../handle";
import { recountConversation } from "./mirror";
import { bumpMirrorVersion } from "./sync-state";

/** Sets a conversation's "seen up to" to `seenUpTo` (SQL over the row `c`), then recounts. */
async function moveLastSeen(db: Db, conversationId: number, seenUpTo: SQL): Promise<boolean> {
  const found = await db.transaction(async (tx) => {
    const result = await tx.execute(sql`update conversations c set last_seen_at = ${seenUpTo} where c.id = ${conversationId} returning c.id`);
    if (((result as { rows?: unknown[] }).rows ?? []).length === 0) return false;
    await recountConversation(tx as unknown as Db, conversationId);
    return true;
  });
  if (found) await bumpMirrorVersion(db);
  return found;
}

/**
 * Seen up to the newest message the mirror holds now, never later: a message that is synced
 * after the conversation was opened stays unread, because nobody has seen it.
 */
export function markConversationSeen(db: Db, conversationId: number): Promise<boolean> {
  return moveLastSeen(
    db,
    conversationId,
    sql`greatest(
      coalesce(c.last_seen_at, '-infinity'::timestamptz),
      coalesce((select max(m.at) from messages m where m.conversation_id = c.id), c.last_seen_at, '-infinity'::timestamptz))`,
  );
}

/** Sets "seen" back to just before the last inbound message, so it counts as unread again. */
export function markConversationUnread(db: Db, conversationId: number): Promise<boolean> {
  return moveLastSeen(
    db,
    conversationId,
    sql`coalesce(
      (select max(m.at) from messages m where m.conversation_id = c.id and m.direction = 'in') - interval '1 millisecond',
      c.last_seen_at)`,
  );
}
