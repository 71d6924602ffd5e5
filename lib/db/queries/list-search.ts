import { and, eq, sql, type SQL } from "drizzle-orm";
import type { Db } from "@/lib/db/handle";
import { channels, contacts, conversations } from "@/lib/db/schema";
import { listFilters, ORDERS, orderBy, selectRows, type ConversationRecord, type ListQuery, type Order } from "./conversation-rows";
import { searchEachFilter, searchFilter } from "./conversation-search";
import { BadCursorError, decodeCursor } from "./cursor";

/*
 * A search's page near the top of its view, and whether a view goes on past a cursor: both
 * look a bounded way down the view one conversation at a time before they read every match.
 */

/** How far down a view a search looks one conversation at a time, in rows wanted, before it reads every match. */
export const NEAR_TOP_PAGES = 8;

/** The rows ranked after (`after`) or before (`before`) the keyset position `at`, `id` in `order`. */
export function ranked(order: Order, side: "after" | "before", at: string, id: number): SQL {
  const row = sql`(${order.key}, ${conversations.id})`;
  const position = sql`(${at}::timestamptz, ${id})`;
  return order.descending === (side === "after") ? sql`${row} < ${position}` : sql`${row} > ${position}`;
}

/**
 * The view's first `rows` rows as one more condition on it (its row `rows` places down as a
 * keyset bound), and whether the view goes on past them.
 */
async function nearTop(db: Db, filters: SQL[], order: Order, rows: number): Promise<{ within: SQL[]; more: boolean }> {
  const [end] = await db
    .select({ at: sql<string>`${order.key}::text`, id: conversations.id })
    .from(conversations)
    .innerJoin(channels, eq(channels.id, conversations.channelId))
    .where(filters.length > 0 ? and(...filters) : undefined)
    .orderBy(...orderBy(order))
    .limit(1)
    .offset(rows);
  return end ? { within: [...filters, ranked(order, "before", end.at, end.id)], more: true } : { within: filters, more: false };
}

/**
 * A search's first `wanted` rows when they are among the view's first conversations: the view
 * down to its row `wanted` × NEAR_TOP_PAGES, each conversation asked through its own messages,
 * in one statement with the rows' columns. A common word is found there with a few hundred
 * messages read, where finding every message that holds it read all of them and the heap pages
 * around them (35–75 ms for a word in a third of 10,000 conversations on the embedded
 * database). Undefined when fewer are found that far down: a rarer word, whose matching
 * messages are few and cheap to read all at once. `filters`: the view's, not the search.
 */
export async function searchNearTop(db: Db, filters: SQL[], order: Order, q: string, wanted: number): Promise<ConversationRecord[] | undefined> {
  const { within, more } = await nearTop(db, filters, order, wanted * NEAR_TOP_PAGES);
  const found = await selectRows(db, [...within, searchEachFilter(q)], order, wanted);
  // Fewer found, and the view goes on past what was asked: the rest could be anywhere below.
  return found.length < wanted && more ? undefined : found;
}

/** How far past a cursor a search looks one conversation at a time: as far as a page of the list's usual 50 would. */
const LOOK_AHEAD = NEAR_TOP_PAGES * 50;

/** The ids of the view's first `limit` rows under `filters` (the contacts joined, which a search asks of). */
async function firstIds(db: Db, filters: SQL[], order: Order, limit: number): Promise<number[]> {
  const rows = await db
    .select({ id: conversations.id })
    .from(conversations)
    .innerJoin(channels, eq(channels.id, conversations.channelId))
    .leftJoin(contacts, eq(contacts.destination, conversations.destination))
    .where(and(...filters))
    .orderBy(...orderBy(order))
    .limit(limit);
  return rows.map((row) => row.id);
}

/**
 * Whether the view `query` (its search included) holds a row past the cursor `after`: what a
 * delta tells a caller about the rows below its last when others changed. One row's id, not
 * a page's rows with their columns and matches; a search looks near the cursor first, as a
 * page does, and through its indexes only when nothing is found there.
 */
export async function anyRowAfter(db: Db, query: ListQuery, agentId: string | null, after: string, lookAhead = LOOK_AHEAD): Promise<boolean> {
  const position = decodeCursor(after);
  if (!position) throw new BadCursorError();
  const order = ORDERS[query.sort ?? "activity"];
  const filters = [...listFilters(query, agentId), ranked(order, "after", position.at.toISOString(), position.id)];
  if (!query.q) return (await firstIds(db, filters, order, 1)).length > 0;
  const { within, more } = await nearTop(db, filters, order, lookAhead);
  if ((await firstIds(db, [...within, searchEachFilter(query.q)], order, 1)).length > 0) return true;
  return more && (await firstIds(db, [...filters, searchFilter(query.q)], order, 1)).length > 0;
}
