import { and, eq, isNull, or, sql, gt } from "drizzle-orm";
import type { Db } from "@/lib/db/handle";
import { agents, channels, contacts, conversations } from "@/lib/db/schema";
import type { ConversationRowView } from "@/lib/contract/inbox";
import {
  BadCursorError,
  conversationColumns,
  keyOf,
  latestMatches,
  listConversations,
  listFilters,
  ORDERS,
  toRow,
  type ConversationRecord,
  type ListQuery,
} from "./conversations";
import { decodeCursor } from "./cursor";

/*
 * What changed in a view of the list since a mirror version. Every conversation carries the
 * version that published its last change (changed_version, kept by the triggers of migration
 * 0017; null while a change waits for the next version), so this reads only the changed
 * conversations, through their index, and asks of each whether the view holds it.
 */

/** Past this many changed conversations a full answer is cheaper: the window a delta patches from. */
export const MAX_CHANGED = 200;

export interface ViewChanges {
  /** Changed rows in the view (up to `after`), in the view's order. */
  rows: ConversationRowView[];
  /** Changed conversations the view no longer holds (or holds past `after`). */
  removed: number[];
  /** With `after` and removals: the rows that now follow it, and whether more follow them. */
  following: { rows: ConversationRowView[]; more: boolean } | null;
}

/**
 * The changes of the view `query` since version `since`, for a caller that holds its rows up
 * to the cursor `after` (all of them without it). Undefined when more than MAX_CHANGED
 * conversations changed: the caller answers in full.
 */
export async function listChangesSince(db: Db, query: ListQuery, agentId: string | null, since: number, after: string | undefined): Promise<ViewChanges | undefined> {
  const sort = query.sort ?? "activity";
  const order = ORDERS[sort];
  const filters = listFilters(query, agentId);
  const position = after === undefined ? undefined : decodeCursor(after);
  if (after !== undefined && !position) throw new BadCursorError();
  const inView = filters.length > 0 ? sql<boolean>`coalesce((${and(...filters)}), false)` : sql<boolean>`true`;
  const horizon = position ? sql`(${position.at.toISOString()}::timestamptz, ${position.id})` : undefined;
  // Ranked at or before the caller's last row: the rows it holds.
  const held = horizon ? (order.descending ? sql<boolean>`(${order.key}, ${conversations.id}) >= ${horizon}` : sql<boolean>`(${order.key}, ${conversations.id}) <= ${horizon}`) : sql<boolean>`true`;
  const records = await db
    .select({ ...conversationColumns, inView, held })
    .from(conversations)
    .innerJoin(channels, eq(channels.id, conversations.channelId))
    .leftJoin(agents, eq(agents.id, conversations.assigneeId))
    .leftJoin(contacts, eq(contacts.destination, conversations.destination))
    .where(or(gt(conversations.changedVersion, since), isNull(conversations.changedVersion)))
    .limit(MAX_CHANGED + 1);
  if (records.length > MAX_CHANGED) return undefined;
  // A conversation never changes channel: one of another channel was never in this view, and
  // neither needs removing nor leaves a place to refill.
  const relevant = query.channel ? records.filter((record) => record.channelId === query.channel) : records;
  const kept = relevant.filter((record) => record.inView && record.held) as unknown as ConversationRecord[];
  const removed = relevant.filter((record) => !(record.inView && record.held)).map((record) => record.id);
  const key = keyOf[sort];
  const direction = order.descending ? -1 : 1;
  kept.sort((a, b) => direction * (key(a).getTime() - key(b).getTime() || (a.id as number) - (b.id as number)));
  const rows = kept.map(toRow);
  if (query.q && rows.length > 0) {
    const matches = await latestMatches(db, rows.map((row) => row.id), query.q);
    for (const row of rows) row.match = matches.get(row.id) ?? null;
  }
  // Each held row that left is among `removed`: that many rows after `after` refill the page.
  let following: ViewChanges["following"] = null;
  if (after !== undefined && removed.length > 0) {
    const next = await listConversations(db, { ...query, cursor: after, limit: Math.min(removed.length, query.limit) }, agentId);
    following = { rows: next.rows, more: next.nextCursor !== null };
  }
  return { rows, removed, following };
}
