import { or, sql, type SQL } from "drizzle-orm";
import type { Db } from "@/lib/db/handle";
import { contacts, conversations, messages } from "@/lib/db/schema";

/*
 * Search folds case and accents on both sides (inbox_fold, migration 0010; a message's text is
 * stored folded, `text_folded`), matches inside words through trigram indexes, and finds a
 * phone number however it was typed: "+44 7700 900123", "0044-7700-900123" and
 * "447700900123" are the same digits.
 */
const foldedPattern = (q: string) => sql`'%' || inbox_fold(${escapeLike(q)}) || '%'`;

/** The digits of a query that looks like a phone number (at least five of them), without a leading 00. */
export function phoneDigits(q: string): string | null {
  if (!/^[\s+()\-.\d]+$/.test(q)) return null;
  const digits = q.replace(/\D/g, "").replace(/^00/, "");
  return digits.length >= 5 ? digits : null;
}

/**
 * The search as a condition on a conversation. `each`: asked of a few conversations one by
 * one (their messages through their own index), instead of finding every matching message
 * first, which is what a whole list wants. The planner would turn those EXISTS into that
 * whole-table hash whenever it expects many rows, even under a LIMIT of one: OFFSET 0 keeps
 * them per conversation (85 ms → 5 ms for the row after a cursor, 10,000 conversations).
 */
export function searchFilter(q: string, each = false): SQL {
  const pattern = foldedPattern(q);
  const digits = phoneDigits(q);
  const messageMatch = sql`m.text_folded like ${pattern}`;
  // The team's private notes are searched like messages.
  const noteMatch = sql`e.kind = 'note' and inbox_fold(e.text) like ${pattern}`;
  return or(
    sql`inbox_fold(${conversations.destination}) like ${pattern}`,
    sql`inbox_fold(${contacts.displayName}) like ${pattern}`,
    digits ? sql`regexp_replace(${conversations.destination}, '[^0-9]', '', 'g') like ${`%${digits}%`}` : undefined,
    each
      ? sql`exists (select 1 from ${messages} m where m.conversation_id = ${conversations.id} and ${messageMatch} offset 0)`
      : sql`${conversations.id} in (select m.conversation_id from ${messages} m where ${messageMatch})`,
    each
      ? sql`exists (select 1 from conversation_events e where e.conversation_id = ${conversations.id} and ${noteMatch} offset 0)`
      : sql`${conversations.id} in (select e.conversation_id from conversation_events e where ${noteMatch})`,
  ) as SQL;
}

/** Per conversation, the newest message matching the search, for the list to show instead of the last one. */
export async function latestMatches(db: Db, conversationIds: number[], q: string): Promise<Map<number, { id: number; text: string; at: string }>> {
  if (conversationIds.length === 0) return new Map();
  const result = await db.execute(sql`
    select distinct on (m.conversation_id) m.conversation_id, m.id, m.text, m.at
    from ${messages} m
    where m.conversation_id in (${sql.join(conversationIds.map((id) => sql`${id}`), sql`, `)}) and m.text_folded like ${foldedPattern(q)}
    order by m.conversation_id, m.at desc, m.id desc`);
  const rows = (result as unknown as { rows: { conversation_id: number; id: number; text: string; at: string | Date }[] }).rows;
  return new Map(rows.map((row) => [row.conversation_id, { id: Number(row.id), text: row.text, at: new Date(row.at).toISOString() }]));
}

const escapeLike = (text: string) => text.replace(/[\\%_]/g, (char) => `\\${char}`);
