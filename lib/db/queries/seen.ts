import { sql, type SQL } from "drizzle-orm";
import type { Db } from "../handle";
import { recountConversation } from "./chat-summary";
import { bumpMirrorVersion } from "./sync-state";

const SEEN_UP_TO_NEWEST = sql`greatest(
  coalesce(c.last_seen_at, '-infinity'::timestamptz),
  coalesce((select max(m.at) from messages m where m.conversation_id = c.id), c.last_seen_at, '-infinity'::timestamptz))`;

const SEEN_BEFORE_LAST_INBOUND = sql`coalesce(
  (select max(m.at) from messages m where m.conversation_id = c.id and m.direction = 'in') - interval '1 millisecond',
  c.last_seen_at)`;

/** Sets the conversations' "seen up to" (SQL over the row `c`) and recounts them; the number whose unread count changed. Run inside a transaction. */
async function moveLastSeenIn(db: Db, ids: number[], seenUpTo: SQL): Promise<number> {
  if (ids.length === 0) return 0;
  const list = sql.join(ids.map((id) => sql`${id}`), sql`, `);
  const result = await db.execute(
    sql`update conversations c set last_seen_at = ${seenUpTo} where c.id in (${list}) and c.last_seen_at is distinct from ${seenUpTo}
      returning c.id, c.unread_count`,
  );
  const rows = (result as unknown as { rows: { id: number; unread_count: number }[] }).rows;
  let changed = 0;
  for (const row of rows) {
    await recountConversation(db, row.id);
    changed += 1;
  }
  return changed;
}

/**
 * Seen up to the newest message the mirror holds now, never later: a message that is synced
 * after the conversation was opened stays unread, because nobody has seen it.
 */
export const markSeenIn = (db: Db, ids: number[]) => moveLastSeenIn(db, ids, SEEN_UP_TO_NEWEST);

/** Sets "seen" back to just before the last inbound message, so that it counts as unread again. */
export const markUnreadIn = (db: Db, ids: number[]) => moveLastSeenIn(db, ids, SEEN_BEFORE_LAST_INBOUND);

async function exists(db: Db, conversationId: number): Promise<boolean> {
  const result = await db.execute(sql`select 1 from conversations where id = ${conversationId}`);
  return (result as unknown as { rows: unknown[] }).rows.length > 0;
}

async function moveOne(db: Db, conversationId: number, move: typeof markSeenIn): Promise<boolean> {
  const found = await db.transaction(async (tx) => {
    if (!(await exists(tx as unknown as Db, conversationId))) return false;
    await move(tx as unknown as Db, [conversationId]);
    return true;
  });
  if (found) await bumpMirrorVersion(db);
  return found;
}

/** Marks one conversation seen (false: no such conversation). */
export const markConversationSeen = (db: Db, conversationId: number) => moveOne(db, conversationId, markSeenIn);

/** Marks one conversation unread again (false: no such conversation). */
export const markConversationUnread = (db: Db, conversationId: number) => moveOne(db, conversationId, markUnreadIn);
