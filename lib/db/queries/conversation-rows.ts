import { and, asc, desc, eq, gt, isNull, sql, type SQL } from "drizzle-orm";
import type { Db } from "@/lib/db/handle";
import { channels, conversations, outbox } from "@/lib/db/schema";
import { WHATSAPP_WINDOW_MS, type InboxQuery, type InboxSort } from "@/lib/contract/inbox";
import { pageColumns, pageId, pageJson, recordFrom, recordsOf, sendCountsOf, type ConversationRecord, type RecordRow } from "./conversation-records";

/*
 * The list's orders and the view's conditions, and the select every list and page shares (a
 * row's columns: conversation-records.ts).
 */

const hasSendTrouble = sql`exists (select 1 from ${outbox} o where o.conversation_id = ${conversations.id} and o.state in ('failed', 'unconfirmed'))`;

/*
 * The list's orders. Each is a timestamp key (never null, so that a cursor can hold it) and
 * the id, in one direction: most recent activity first, longest waiting first (conversations
 * nobody waits on last), or newest conversation first.
 */
const FAR_FUTURE = "9999-12-31T00:00:00.000Z";
export const ORDERS = {
  activity: { key: sql`coalesce(${conversations.lastMessageAt}, 'epoch'::timestamptz)`, descending: true },
  // A literal, not a parameter, so that the planner matches the index on this expression.
  waiting: { key: sql`coalesce(${conversations.waitingSince}, ${sql.raw(`'${FAR_FUTURE}'`)}::timestamptz)`, descending: false },
  newest: { key: sql`coalesce(${conversations.firstMessageAt}, 'epoch'::timestamptz)`, descending: true },
  // Only open WhatsApp windows are listed (listFilters): the oldest last customer message closes first.
  window: { key: sql`coalesce(${conversations.lastInboundAt}, 'epoch'::timestamptz)`, descending: false },
} as const;
export const keyOf: Record<InboxSort, (row: ConversationRecord) => Date> = {
  activity: (row) => row.lastMessageAt ?? new Date(0),
  waiting: (row) => row.waitingSince ?? new Date(FAR_FUTURE),
  newest: (row) => row.firstMessageAt ?? new Date(0),
  window: (row) => row.lastInboundAt ?? new Date(0),
};

/** The order `sort` in memory, as the deltas, the kept list and the cursors hold it: the key to the millisecond, then the id. */
export function inMemoryOrder(sort: InboxSort): (a: ConversationRecord, b: ConversationRecord) => number {
  const key = keyOf[sort];
  const direction = ORDERS[sort].descending ? -1 : 1;
  return (a, b) => direction * (key(a).getTime() - key(b).getTime() || (a.id as number) - (b.id as number));
}

export type ListQuery = Partial<Pick<InboxQuery, "channel" | "unread" | "failed" | "q" | "cursor" | "view" | "status" | "sort">> & { limit: number };

/** The view's conditions but its search, which the list asks in one of two ways (listConversations). */
export function listFilters(query: ListQuery, agentId: string | null): SQL[] {
  const filters: SQL[] = [];
  if (query.channel) filters.push(eq(conversations.channelId, query.channel));
  if (query.unread) filters.push(gt(conversations.unreadCount, 0));
  if (query.failed) filters.push(hasSendTrouble);
  if (query.status && query.status !== "all") filters.push(eq(conversations.status, query.status));
  if (query.view === "mine") filters.push(agentId ? eq(conversations.assigneeId, agentId) : sql`false`);
  if (query.view === "unassigned") filters.push(isNull(conversations.assigneeId));
  if (query.sort === "window") {
    filters.push(sql`${channels.platform} = 'whatsapp' and ${conversations.lastInboundAt} > now() - ${sql.raw(`interval '${WHATSAPP_WINDOW_MS / 1000} seconds'`)}`);
  }
  return filters;
}

export type Order = (typeof ORDERS)[InboxSort];

/** The rows ranked after a cursor's position in `order`. */
export function rankedAfter(order: Order, position: { at: Date; id: number }): SQL {
  const row = sql`(${order.key}, ${conversations.id})`;
  const at = sql`(${position.at.toISOString()}::timestamptz, ${position.id})`;
  return order.descending ? sql`${row} < ${at}` : sql`${row} > ${at}`;
}

export const orderBy = (order: Order) => (order.descending ? [desc(order.key), desc(conversations.id)] : [asc(order.key), asc(conversations.id)]);


/**
 * The first `limit` rows of the list under `filters`, in `order`, with what every row shows.
 * The page is chosen first and made JSON after, with its sends' counts: in one step the
 * database made the JSON of every row it sorted (a channel's 1,250 conversations in the
 * waiting order, for a page of 50).
 */
export async function selectRows(db: Db, filters: SQL[], order: Order, limit: number): Promise<ConversationRecord[]> {
  const direction = sql.raw(order.descending ? "desc" : "asc");
  const result = await db.execute(sql`
    select ${pageJson} as record, s.failed, s.unconfirmed from (
      select ${pageColumns}, ${order.key} as k
      from ${recordFrom}
      ${filters.length > 0 ? sql`where ${and(...filters)}` : sql``}
      order by ${order.key} ${direction}, ${conversations.id} ${direction}
      limit ${limit}
    ) p
    ${sendCountsOf(sql`p.${pageId}`)}
    order by p.k ${direction}, p.${pageId} ${direction}`);
  return recordsOf((result as unknown as { rows: RecordRow[] }).rows);
}
