import { and, asc, desc, eq, gt, isNull, sql, type SQL } from "drizzle-orm";
import type { Db } from "@/lib/db/handle";
import { agents, channels, contacts, conversations, outbox } from "@/lib/db/schema";
import { replyWindowEnd, WHATSAPP_WINDOW_MS, type ConversationRowView, type ConversationStatus, type InboxQuery, type InboxSort } from "@/lib/contract/inbox";

/*
 * A conversation as the list shows it: the columns read with each row, the list's orders and
 * the view's conditions, and the select every list and page shares.
 */

// Per row, in the same statement as the rows: how many of its replies failed or are unconfirmed.
const sendsIn = (state: "failed" | "unconfirmed") =>
  sql<number>`(select count(*)::int from ${outbox} o where o.conversation_id = ${conversations.id} and o.state = ${sql.raw(`'${state}'`)})`;
const hasSendTrouble = sql`exists (select 1 from ${outbox} o where o.conversation_id = ${conversations.id} and o.state in ('failed', 'unconfirmed'))`;

export const conversationColumns = {
  id: conversations.id,
  channelId: conversations.channelId,
  platform: channels.platform,
  channelName: channels.name,
  destination: conversations.destination,
  displayName: contacts.displayName,
  lastMessageAt: conversations.lastMessageAt,
  lastText: conversations.lastText,
  lastFileType: conversations.lastFileType,
  lastDirection: conversations.lastDirection,
  lastStatus: conversations.lastStatus,
  unreadCount: conversations.unreadCount,
  waitingSince: conversations.waitingSince,
  lastSeenAt: conversations.lastSeenAt,
  version: conversations.version,
  status: conversations.status,
  snoozedUntil: conversations.snoozedUntil,
  assigneeId: conversations.assigneeId,
  assigneeName: agents.displayName,
  firstMessageAt: conversations.firstMessageAt,
  customerLanguage: conversations.customerLanguage,
  lastInboundAt: conversations.lastInboundAt,
  failedSends: sendsIn("failed"),
  unconfirmedSends: sendsIn("unconfirmed"),
};

type Column<C> = C extends SQL<infer T> ? T : C extends { _: { data: infer D } } ? D : never;
export type ConversationRecord = { [K in keyof typeof conversationColumns]: Column<(typeof conversationColumns)[K]> | null };

export function toRow(row: ConversationRecord): ConversationRowView {
  return {
    id: row.id as number,
    channelId: row.channelId as number,
    platform: row.platform as string,
    channelName: row.channelName as string,
    destination: row.destination as string,
    displayName: row.displayName,
    lastMessage: row.lastMessageAt
      ? {
          text: row.lastText ?? "",
          fileType: row.lastFileType,
          direction: row.lastDirection === "out" ? "out" : "in",
          status: row.lastStatus ?? "",
          at: row.lastMessageAt.toISOString(),
        }
      : null,
    unreadCount: row.unreadCount ?? 0,
    waitingSince: row.waitingSince?.toISOString() ?? null,
    status: (row.status ?? "open") as ConversationStatus,
    snoozedUntil: row.snoozedUntil?.toISOString() ?? null,
    assignee: row.assigneeId ? { id: row.assigneeId, name: row.assigneeName ?? "" } : null,
    startedAt: row.firstMessageAt?.toISOString() ?? null,
    customerLanguage: row.customerLanguage,
    windowEndsAt: replyWindowEnd(row.platform as string, row.lastInboundAt),
    failedSends: Number(row.failedSends ?? 0),
    unconfirmedSends: Number(row.unconfirmedSends ?? 0),
  };
}


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

/** The first `limit` rows of the list under `filters`, in `order`, with what every row shows. */
export async function selectRows(db: Db, filters: SQL[], order: Order, limit: number): Promise<ConversationRecord[]> {
  const records = await db
    .select(conversationColumns)
    .from(conversations)
    .innerJoin(channels, eq(channels.id, conversations.channelId))
    .leftJoin(agents, eq(agents.id, conversations.assigneeId))
    .leftJoin(contacts, eq(contacts.destination, conversations.destination))
    .where(filters.length > 0 ? and(...filters) : undefined)
    .orderBy(...orderBy(order))
    .limit(limit);
  return records as ConversationRecord[];
}
