import { and, asc, desc, eq, gt, isNull, sql, type SQL } from "drizzle-orm";
import type { Db } from "@/lib/db/handle";
import { agents, channels, contacts, conversations, outbox } from "@/lib/db/schema";
import { replyWindowEnd, WHATSAPP_WINDOW_MS, type ConversationRowView, type ConversationStatus, type InboxQuery, type InboxSort } from "@/lib/contract/inbox";
import { intArray } from "./conversation-search";

/*
 * A conversation as the list shows it: the columns read with each row, the list's orders and
 * the view's conditions, and the select every list and page shares.
 */

const hasSendTrouble = sql`exists (select 1 from ${outbox} o where o.conversation_id = ${conversations.id} and o.state in ('failed', 'unconfirmed'))`;

const conversationColumns = {
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
};

type Column<C> = C extends SQL<infer T> ? T : C extends { _: { data: infer D } } ? D : never;
type ColumnsRecord = { [K in keyof typeof conversationColumns]: Column<(typeof conversationColumns)[K]> | null };

/*
 * The columns come back as one JSON array per row. The embedded database's client reads a
 * result field by field, each copied and decoded on its own: 51 rows of 22 columns took 4.7-6.9
 * ms where the same rows as one JSON text each took 2.9 (and the app's thread maps no columns).
 */
const NAMES = Object.keys(conversationColumns) as (keyof typeof conversationColumns)[];
const DATES = new Set(NAMES.filter((name) => (conversationColumns[name] as { columnType?: string }).columnType === "PgTimestamp"));

/** conversationColumns as one JSON text (recordOf reads it back). */
export const recordJson = sql<string>`json_build_array(${sql.join(Object.values(conversationColumns), sql`, `)})::text`;

export function recordOf(json: string): ColumnsRecord {
  const values = JSON.parse(json) as unknown[];
  const record: Record<string, unknown> = {};
  NAMES.forEach((name, index) => {
    const value = values[index] ?? null;
    record[name] = value !== null && DATES.has(name) ? new Date(value as string) : value;
  });
  return record as ColumnsRecord;
}
/** How many of a conversation's replies failed or are unconfirmed (withSends). */
type SendCounts = { failedSends: number; unconfirmedSends: number };
export type ConversationRecord = ColumnsRecord & SendCounts;

/**
 * The rows with their sends' counts, read in a statement of their own for these rows only. As
 * columns of the list's statement the planner could count them for every row it sorted: with
 * few sends it costs them at nothing, and a channel's waiting order counted the sends of its
 * 1,250 conversations for a page of 50 (22 ms on the embedded database, 9 this way).
 */
export async function withSends<R extends ColumnsRecord>(db: Db, records: R[]): Promise<(R & SendCounts)[]> {
  const ids = records.map((record) => Number(record.id));
  const counts = new Map<number, SendCounts>();
  if (ids.length > 0) {
    const result = await db.execute(sql`
      select conversation_id as id, count(*) filter (where state = 'failed')::int as failed, count(*) filter (where state = 'unconfirmed')::int as unconfirmed
      from ${outbox} where conversation_id = any(${intArray(ids)}) and state in ('failed', 'unconfirmed')
      group by conversation_id`);
    for (const row of (result as unknown as { rows: { id: number; failed: number; unconfirmed: number }[] }).rows) {
      counts.set(Number(row.id), { failedSends: Number(row.failed), unconfirmedSends: Number(row.unconfirmed) });
    }
  }
  return records.map((record) => ({ ...record, ...(counts.get(Number(record.id)) ?? { failedSends: 0, unconfirmedSends: 0 }) }));
}

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
    failedSends: row.failedSends,
    unconfirmedSends: row.unconfirmedSends,
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

// A page's columns named c0, c1... in the order of NAMES, and its JSON made of them.
const pageColumns = sql.join(
  NAMES.map((name, index) => sql`${conversationColumns[name]} as ${sql.identifier(`c${index}`)}`),
  sql`, `,
);
const pageJson = sql.raw(`json_build_array(${NAMES.map((_, index) => `p.c${index}`).join(", ")})::text`);
const pageId = sql.identifier(`c${NAMES.indexOf("id")}`);

/**
 * The first `limit` rows of the list under `filters`, in `order`, with what every row shows.
 * The page is chosen first and made JSON after: in one step the database made the JSON of
 * every row it sorted (a channel's 1,250 conversations in the waiting order, for a page of 50).
 */
export async function selectRows(db: Db, filters: SQL[], order: Order, limit: number): Promise<ConversationRecord[]> {
  const direction = sql.raw(order.descending ? "desc" : "asc");
  const result = await db.execute(sql`
    select ${pageJson} as record from (
      select ${pageColumns}, ${order.key} as k
      from ${conversations}
        inner join ${channels} on ${channels.id} = ${conversations.channelId}
        left join ${agents} on ${agents.id} = ${conversations.assigneeId}
        left join ${contacts} on ${contacts.destination} = ${conversations.destination}
      ${filters.length > 0 ? sql`where ${and(...filters)}` : sql``}
      order by ${order.key} ${direction}, ${conversations.id} ${direction}
      limit ${limit}
    ) p
    order by p.k ${direction}, p.${pageId} ${direction}`);
  const rows = (result as unknown as { rows: { record: string }[] }).rows;
  return withSends(
    db,
    rows.map((row) => recordOf(row.record)),
  );
}
