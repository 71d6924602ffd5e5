import { and, asc, desc, eq, gt, inArray, isNull, sql, type SQL } from "drizzle-orm";
import type { Db } from "@/lib/db/handle";
import { agents, channels, contacts, conversations, outbox } from "@/lib/db/schema";
import {
  replyWindowEnd,
  WHATSAPP_WINDOW_MS,
  type ChannelSummary,
  type ConversationDetail,
  type ConversationRowView,
  type ConversationStatus,
  type InboxQuery,
  type InboxSort,
} from "@/lib/contract/inbox";
import { decodeCursor, encodeCursor } from "./cursor";
import { channelFigures } from "./figures";
import { idAmong, latestMatches, searchAmong, searchFilter } from "./conversation-search";

export class BadCursorError extends Error {
  constructor() {
    super("cursor: is not a cursor this server gave out.");
  }
}

/** Every channel with its unread conversations and messages, from the shared figures. */
export async function listChannelSummaries(db: Db, now = new Date()): Promise<ChannelSummary[]> {
  return (await channelFigures(db, now)).map(({ id, platform, platformId, name, active, unreadConversations, unreadMessages }) => ({
    id,
    platform,
    platformId,
    name,
    active,
    unreadConversations,
    unreadMessages,
  }));
}

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

type Order = (typeof ORDERS)[InboxSort];
const orderBy = (order: Order) => (order.descending ? [desc(order.key), desc(conversations.id)] : [asc(order.key), asc(conversations.id)]);

/** The first `limit` rows of the list under `filters`, in `order`, with what every row shows. */
async function selectRows(db: Db, filters: SQL[], order: Order, limit: number): Promise<ConversationRecord[]> {
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

/** How far down a view a search looks one conversation at a time, in rows wanted, before it reads every match. */
export const NEAR_TOP_PAGES = 8;

/**
 * A search's first `wanted` rows when they are among the view's first conversations: those
 * asked one by one (each through its own messages, in one statement), then read in full. A
 * common word is found there with a few thousand messages read, where finding every message
 * that holds it read all of them and the heap pages around them (35–75 ms for a word in a
 * third of 10,000 conversations on the embedded database, 10–25 ms this way). Undefined when
 * the view's first `wanted` × NEAR_TOP_PAGES conversations hold fewer: a rarer word, whose
 * matching messages are few and cheap to read all at once. `filters`: the view's, not the search.
 */
export async function searchNearTop(db: Db, filters: SQL[], order: Order, q: string, wanted: number): Promise<ConversationRecord[] | undefined> {
  const reach = wanted * NEAR_TOP_PAGES;
  const ahead = await db
    .select({ id: conversations.id })
    .from(conversations)
    .innerJoin(channels, eq(channels.id, conversations.channelId))
    .where(filters.length > 0 ? and(...filters) : undefined)
    .orderBy(...orderBy(order))
    .limit(reach + 1);
  const asked = ahead.slice(0, reach).map((row) => row.id);
  const hit = await searchAmong(db, asked, q);
  const found = asked.filter((id) => hit.has(id));
  // Fewer found, and the view goes on past what was asked: the rest could be anywhere below.
  if (found.length < wanted && ahead.length > reach) return undefined;
  return found.length === 0 ? [] : selectRows(db, [idAmong(found.slice(0, wanted))], order, wanted);
}

/** A page of conversations in the chosen order, with the inbox's view and filters; `agentId` is who "mine" means. */
export async function listConversations(db: Db, query: ListQuery, agentId: string | null = null): Promise<{ rows: ConversationRowView[]; nextCursor: string | null }> {
  const sort = query.sort ?? "activity";
  const order = ORDERS[sort];
  const filters = listFilters(query, agentId);
  if (query.cursor) {
    const position = decodeCursor(query.cursor);
    if (!position) throw new BadCursorError();
    const after = sql`(${position.at.toISOString()}::timestamptz, ${position.id})`;
    filters.push(order.descending ? sql`(${order.key}, ${conversations.id}) < ${after}` : sql`(${order.key}, ${conversations.id}) > ${after}`);
  }
  const wanted = query.limit + 1;
  const records =
    (query.q ? await searchNearTop(db, filters, order, query.q, wanted) : undefined) ??
    (await selectRows(db, query.q ? [...filters, searchFilter(query.q)] : filters, order, wanted));
  const page = records.slice(0, query.limit);
  const last = page[page.length - 1];
  const nextCursor = records.length > query.limit && last ? encodeCursor(keyOf[sort](last), last.id as number) : null;
  const rows = page.map(toRow);
  if (query.q) {
    const matches = await latestMatches(db, rows.map((row) => row.id), query.q);
    for (const row of rows) row.match = matches.get(row.id) ?? null;
  }
  return { rows, nextCursor };
}

/** Open conversations in each view, for the tabs: everyone's, nobody's, and `agentId`'s. */
export async function countOpenByView(db: Db, agentId: string): Promise<{ mine: number; unassigned: number; all: number }> {
  const result = await db.execute(sql`
    select count(*)::int as all,
      count(*) filter (where assignee_id is null)::int as unassigned,
      count(*) filter (where assignee_id = ${agentId}::uuid)::int as mine
    from conversations where status = 'open'`);
  const row = (result as unknown as { rows: { all: number; unassigned: number; mine: number }[] }).rows[0];
  return { mine: row?.mine ?? 0, unassigned: row?.unassigned ?? 0, all: row?.all ?? 0 };
}

export async function getConversation(db: Db, id: number): Promise<ConversationDetail | undefined> {
  const [row] = await selectRows(db, [eq(conversations.id, id)], ORDERS.activity, 1);
  if (!row) return undefined;
  return { ...toRow(row), lastSeenAt: row.lastSeenAt?.toISOString() ?? null, version: row.version ?? 1 };
}

/** The conversations of `ids` that exist, with their assignee. */
export async function existingConversations(db: Db, ids: number[]): Promise<{ id: number; assigneeId: string | null }[]> {
  if (ids.length === 0) return [];
  return db
    .select({ id: conversations.id, assigneeId: conversations.assigneeId })
    .from(conversations)
    .where(inArray(conversations.id, ids));
}
