import { and, eq, sql, type SQL } from "drizzle-orm";
import type { Db } from "@/lib/db/handle";
import { channels, conversations } from "@/lib/db/schema";
import { listFilters, ORDERS, orderBy, rankedAfter, selectRows, type ConversationRecord, type ListQuery, type Order } from "./conversation-rows";
import { foundBesideMessages, holdsMoreThan, idAmong, newestMatchAmongLast, phoneDigits, searchAmong, searchFilter, type LatestMatch } from "./conversation-search";
import { BadCursorError, decodeCursor } from "./cursor";

/*
 * A search's page near the top of its view, and whether a view goes on past a cursor: both
 * ask the search of a bounded number of the view's first conversations before they read
 * every match. They walk those conversations in the view's order and stop at the rows
 * wanted; a conversation longer than the walk reads leaves the look to the words' indexes.
 */

/** How far down a view a search looks first, in rows wanted, before it reads every match. */
export const NEAR_TOP_PAGES = 8;

/**
 * How many of a conversation's newest messages the walk reads. A conversation that holds more
 * and matches in none of them may match further back: the walk then leaves the look to the
 * words' indexes (searchAmong), so that it never reads long histories whole.
 */
export const WALK_MESSAGES = 50;

/** The ids of the view's first `limit` rows under `filters`. */
async function firstIds(db: Db, filters: SQL[], order: Order, limit: number): Promise<number[]> {
  const rows = await db
    .select({ id: conversations.id })
    .from(conversations)
    .innerJoin(channels, eq(channels.id, conversations.channelId))
    .where(filters.length > 0 ? and(...filters) : undefined)
    .orderBy(...orderBy(order))
    .limit(limit);
  return rows.map((row) => row.id);
}

interface NearTop {
  /** The conversations found, in the view's order. */
  found: number[];
  /** Whether the view goes on past the rows looked at (then a match may also be further down). */
  more: boolean;
  /** The newest matching message of each found, when the look read them. */
  matches?: Map<number, LatestMatch>;
}

/** Of the view's first `rows` conversations, those the search finds, through the words' indexes. */
async function foundNearTop(db: Db, filters: SQL[], order: Order, q: string, rows: number): Promise<NearTop> {
  const ahead = await firstIds(db, filters, order, rows + 1);
  const asked = ahead.slice(0, rows);
  const hit = await searchAmong(db, asked, q);
  return { found: asked.filter((id) => hit.has(id)), more: ahead.length > rows };
}

type WalkedRow = { id: number; rn: number | string; unsure: boolean; match_id: number | null; match_text: string | null; match_at: string | Date | null };

/**
 * The first `wanted` of the view's first `rows` conversations that the search finds, each
 * conversation asked in the view's order (its newest WALK_MESSAGES messages newest first, then
 * the other ways) until `wanted` are found, with the newest matching message of each. A common
 * word is found within a few dozen conversations and a few hundred messages (about 10 ms for
 * a page of 50 on the embedded database, where asking the indexes for the first 400 and
 * reading the matches after took 20–30); a word found nowhere pays the whole walk before the
 * indexes (about 30 ms more for 400 conversations). `more` counts only when fewer were found: the row
 * after the `rows` is then asked for as a marker. Undefined when a conversation on the way
 * holds more than the walk reads and none of those match (`unsure`).
 */
async function walkNearTop(db: Db, filters: SQL[], order: Order, q: string, rows: number, wanted: number): Promise<NearTop | undefined> {
  const direction = sql.raw(order.descending ? "desc" : "asc");
  const unsure = sql`(lm.id is null and ${holdsMoreThan(sql`c.id`, WALK_MESSAGES)})`;
  const result = await db.execute(sql`
    select c.id, c.rn, ${unsure} as unsure, lm.id as match_id, lm.text as match_text, lm.at as match_at
    from (
      select ${conversations.id} as id, ${conversations.destination} as destination, ${order.key} as k,
        row_number() over (order by ${order.key} ${direction}, ${conversations.id} ${direction}) as rn
      from ${conversations} inner join ${channels} on ${channels.id} = ${conversations.channelId}
      ${filters.length > 0 ? sql`where ${and(...filters)}` : sql``}
      order by ${order.key} ${direction}, ${conversations.id} ${direction}
      limit ${rows + 1}
    ) c
    left join lateral (${newestMatchAmongLast(q, sql`c.id`, WALK_MESSAGES)}) lm on true
    where c.rn > ${rows} or lm.id is not null or ${unsure} or ${foundBesideMessages(q, sql`c.id`, sql`c.destination`)}
    order by c.k ${direction}, c.id ${direction}
    limit ${wanted}`);
  const walked = (result as unknown as { rows: WalkedRow[] }).rows;
  const looked = walked.filter((row) => Number(row.rn) <= rows);
  if (looked.some((row) => row.unsure)) return undefined;
  const matches = new Map<number, LatestMatch>();
  for (const row of looked) {
    if (row.match_id !== null) matches.set(Number(row.id), { id: Number(row.match_id), text: row.match_text ?? "", at: new Date(row.match_at!).toISOString() });
  }
  return { found: looked.map((row) => Number(row.id)), more: walked.length > looked.length, matches };
}

/**
 * The walk, or the indexes when it is unsure. A phone number goes to the indexes at once: it
 * is found by a few destinations, which the walk would look for through every message on its
 * way (twice the time on the embedded database).
 */
async function lookNearTop(db: Db, filters: SQL[], order: Order, q: string, rows: number, wanted: number): Promise<NearTop> {
  const walked = phoneDigits(q) ? undefined : await walkNearTop(db, filters, order, q, rows, wanted);
  return walked ?? foundNearTop(db, filters, order, q, rows);
}

/**
 * A search's first `wanted` rows when they are among the view's first `wanted` ×
 * NEAR_TOP_PAGES conversations (lookNearTop), read in full, with the newest matching message
 * of each when the look read them. A common word is found there with a few hundred messages
 * read, where finding every message that holds it read all of them and the heap pages around
 * them (35–75 ms for a word in a third of 10,000 conversations on the embedded database).
 * Undefined when fewer are found that far down: a rarer word, whose matching messages are few
 * and cheap to read all at once. `filters`: the view's, not the search.
 */
export async function searchNearTop(
  db: Db,
  filters: SQL[],
  order: Order,
  q: string,
  wanted: number,
): Promise<{ records: ConversationRecord[]; matches?: Map<number, LatestMatch> } | undefined> {
  const { found, more, matches } = await lookNearTop(db, filters, order, q, wanted * NEAR_TOP_PAGES, wanted);
  // Fewer found, and the view goes on past what was asked: the rest could be anywhere below.
  if (found.length < wanted && more) return undefined;
  return { records: found.length === 0 ? [] : await selectRows(db, [idAmong(found.slice(0, wanted))], order, wanted), matches };
}

/**
 * How far past a cursor a search looks, in turn, before it reads every match: 20 rows (a few
 * ms on the embedded database, where a common word is nearly always found), then as far as a
 * page of the list's usual 50 would.
 */
const LOOK_AHEAD = [20, NEAR_TOP_PAGES * 50];

/**
 * Whether the view `query` (its search included) holds a row past the cursor `after`: what a
 * delta tells a caller about the rows below its last when others changed. One row's id, not
 * a page's rows with their columns and matches; a search looks near the cursor first
 * (`lookAhead`: how many rows, in turn), and through its indexes only when nothing is found there.
 */
export async function anyRowAfter(db: Db, query: ListQuery, agentId: string | null, after: string, lookAhead: readonly number[] = LOOK_AHEAD): Promise<boolean> {
  const position = decodeCursor(after);
  if (!position) throw new BadCursorError();
  const order = ORDERS[query.sort ?? "activity"];
  const filters = [...listFilters(query, agentId), rankedAfter(order, position)];
  if (!query.q) return (await firstIds(db, filters, order, 1)).length > 0;
  for (const rows of lookAhead) {
    const { found, more } = await lookNearTop(db, filters, order, query.q, rows, 1);
    if (found.length > 0) return true;
    if (!more) return false;
  }
  return (await firstIds(db, [...filters, searchFilter(query.q)], order, 1)).length > 0;
}
