import { sql, type SQL } from "drizzle-orm";
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

const messageMatch = (pattern: SQL) => sql`m.text_folded like ${pattern}`;
// The same test of one message, where a walk reads a conversation's messages through its time
// index (no trigram index to serve): strpos finds a plain substring for less than LIKE's
// pattern matcher (a search's walk over 325 conversations: 14 ms where 20 with LIKE).
const messageContains = (q: string) => sql`strpos(m.text_folded, inbox_fold(${q})) > 0`;
// The team's private notes are searched like messages.
const noteMatch = (pattern: SQL) => sql`e.kind = 'note' and inbox_fold(e.text) like ${pattern}`;
const digitsMatch = (destination: SQL, digits: string) => sql`regexp_replace(${destination}, '[^0-9]', '', 'g') like ${`%${digits}%`}`;

/**
 * The ids of the conversations the search finds, each way through its own trigram index (the
 * destination, its digits, the contact's name, the messages, the notes), as one `union all`
 * (repeats included); `among`: only of those conversations, an int[] (see searchAmong).
 */
function foundIds(q: string, among?: SQL): SQL {
  const pattern = foldedPattern(q);
  const digits = phoneDigits(q);
  const only = (column: SQL) => (among ? sql` and ${column} = any(${among})` : sql``);
  const parts = [
    sql`select s.id from ${conversations} s where inbox_fold(s.destination) like ${pattern}${only(sql`s.id`)}`,
    digits ? sql`select s.id from ${conversations} s where ${digitsMatch(sql`s.destination`, digits)}${only(sql`s.id`)}` : undefined,
    sql`select s.id from ${conversations} s join ${contacts} n on n.destination = s.destination where inbox_fold(n.display_name) like ${pattern}${only(sql`s.id`)}`,
    sql`select m.conversation_id as id from ${messages} m where ${messageMatch(pattern)}${only(sql`m.conversation_id`)}`,
    sql`select e.conversation_id as id from conversation_events e where ${noteMatch(pattern)}${only(sql`e.conversation_id`)}`,
  ].filter((part) => part !== undefined);
  return sql.join(parts, sql` union all `);
}

/**
 * The search as a condition on a conversation of a whole list: the matching conversations
 * found first, as one set (foundIds). As an OR on each row, the names and destinations were
 * folded for every conversation, 60–80 ms on the embedded database for a word found nowhere.
 */
export function searchFilter(q: string): SQL {
  return sql`${conversations.id} in (${foundIds(q)})`;
}

/** `id = any(...)` with the ids as one array: a few hundred of them make one parameter, not hundreds. */
export const idAmong = (ids: number[]) => sql`${conversations.id} = any(${intArray(ids)})`;
/** Ids as one int[] parameter. */
export const intArray = (ids: number[]) => sql`${`{${ids.map((id) => Math.trunc(id)).join(",")}}`}::int[]`;

/**
 * Of the conversations `ids`, those the search `q` finds: each part restricted to those ids.
 * Named as one array, the ids let the messages' part intersect two indexes (the words', the
 * conversations') and read only the messages that hold the word, where asking each
 * conversation read all its messages (408 conversations of 20 messages: 3–8 ms this way,
 * about 17 that way, on the embedded database).
 */
export async function searchAmong(db: Db, ids: number[], q: string): Promise<Set<number>> {
  if (ids.length === 0) return new Set();
  const result = await db.execute(foundIds(q, intArray(ids)));
  return new Set((result as unknown as { rows: { id: number }[] }).rows.map((row) => Number(row.id)));
}

/** The search's ways but the messages, as a condition on one conversation: its destination, its digits, the contact's name, the notes. */
export function foundBesideMessages(q: string, id: SQL, destination: SQL): SQL {
  const pattern = foldedPattern(q);
  const digits = phoneDigits(q);
  const ways = [
    sql`inbox_fold(${destination}) like ${pattern}`,
    digits ? digitsMatch(destination, digits) : undefined,
    sql`exists (select 1 from ${contacts} n where n.destination = ${destination} and inbox_fold(n.display_name) like ${pattern})`,
    sql`exists (select 1 from conversation_events e where e.conversation_id = ${id} and ${noteMatch(pattern)})`,
  ].filter((way) => way !== undefined);
  return sql`(${sql.join(ways, sql` or `)})`;
}

/**
 * The newest message of conversation `id` that matches the search, as a lateral subquery (id,
 * text, at): its messages walked newest first through their time index up to the first match;
 * with `budget`, among its `budget` newest only; `when`, a condition on the outer row only,
 * which the database tests before it reads any message (a one-time filter).
 */
export function newestMatch(q: string, id: SQL, budget?: number, when?: SQL): SQL {
  const walked = budget === undefined ? messages : sql`(select * from ${messages} m where m.conversation_id = ${id} order by m.at desc, m.id desc limit ${budget})`;
  return sql`
    select m.id, m.text, m.at from ${walked} m
    where ${when ?? sql`true`} and m.conversation_id = ${id} and ${messageContains(q)}
    order by m.at desc, m.id desc limit 1`;
}

export type LatestMatch = { id: number; text: string; at: string };

/**
 * Per conversation, the newest message matching the search, for the list to show instead of
 * the last one: each conversation's messages walked newest first (its time index) up to the
 * first match. A page's conversations are the ones the search found, so the walk stops after a
 * few messages; asking the word's index instead read every message that holds it, in every
 * conversation (5–7 ms for a page of 50 on the embedded database, where this takes 2).
 */
export async function latestMatches(db: Db, conversationIds: number[], q: string): Promise<Map<number, LatestMatch>> {
  if (conversationIds.length === 0) return new Map();
  const result = await db.execute(sql`
    select c.id as conversation_id, m.id, m.text, m.at
    from unnest(${intArray(conversationIds)}) as c(id)
    cross join lateral (${newestMatch(q, sql`c.id`)}) m`);
  const rows = (result as unknown as { rows: { conversation_id: number; id: number; text: string; at: string | Date }[] }).rows;
  return new Map(rows.map((row) => [Number(row.conversation_id), { id: Number(row.id), text: row.text, at: new Date(row.at).toISOString() }]));
}

const escapeLike = (text: string) => text.replace(/[\\%_]/g, (char) => `\\${char}`);
