import { and, eq, type SQL } from "drizzle-orm";
import type { Db } from "@/lib/db/handle";
import { channels, conversations } from "@/lib/db/schema";
import type { ConversationRecord } from "./conversation-records";
import { listFilters, ORDERS, orderBy, rankedAfter, selectRows, type ListQuery, type Order } from "./conversation-rows";
import { idAmong, phoneDigits, searchAmong, searchFilter, type LatestMatch } from "./conversation-search";
import { BadCursorError, decodeCursor } from "./cursor";
import { walkNearTop, type NearTop } from "./search-walk";

/*
 * A search's page near the top of its view, and whether a view goes on past a cursor: both
 * ask the search of a bounded number of the view's first conversations before they read
 * every match: walked one by one (search-walk.ts), or, when the walk is unsure, asked of the
 * words' indexes at once.
 */

/** How far down a view a search looks first, in rows wanted, before it reads every match. */
export const NEAR_TOP_PAGES = 8;

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

/** Of the view's first `rows` conversations, those the search finds, through the words' indexes. */
async function foundNearTop(db: Db, filters: SQL[], order: Order, q: string, rows: number): Promise<NearTop> {
  const ahead = await firstIds(db, filters, order, rows + 1);
  const asked = ahead.slice(0, rows);
  const hit = await searchAmong(db, asked, q);
  return { found: asked.filter((id) => hit.has(id)), more: ahead.length > rows };
}

/**
 * The walk, or the indexes when it is unsure. A phone number goes to the indexes at once: it
 * is found by a few destinations, which the walk would look for through every message on its
 * way (twice the time on the embedded database).
 */
async function lookNearTop(db: Db, filters: SQL[], order: Order, q: string, rows: number, wanted: number, withRecords = false): Promise<NearTop> {
  const walked = phoneDigits(q) ? undefined : await walkNearTop(db, filters, order, q, rows, wanted, withRecords);
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
  const { found, more, matches, records } = await lookNearTop(db, filters, order, q, wanted * NEAR_TOP_PAGES, wanted, true);
  // Fewer found, and the view goes on past what was asked: the rest could be anywhere below.
  if (found.length < wanted && more) return undefined;
  if (records) return { records: records.slice(0, wanted), matches };
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
