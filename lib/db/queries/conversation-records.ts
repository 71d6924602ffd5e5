import { sql, type SQL } from "drizzle-orm";
import { agents, channels, contacts, conversations, outbox } from "@/lib/db/schema";
import { replyWindowEnd, type ConversationRowView, type ConversationStatus } from "@/lib/contract/inbox";

/*
 * A conversation as the list shows it: the columns read with each row, read back from the
 * JSON they come in, and the counts of its replies in trouble.
 */

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
/** How many of a conversation's replies failed or are unconfirmed. */
type SendCounts = { failedSends: number; unconfirmedSends: number };
export type ConversationRecord = ColumnsRecord & SendCounts;

/** Where a row's columns come from: its conversation, channel, assignee and contact. */
export const recordFrom = sql`${conversations}
  inner join ${channels} on ${channels.id} = ${conversations.channelId}
  left join ${agents} on ${agents.id} = ${conversations.assigneeId}
  left join ${contacts} on ${contacts.destination} = ${conversations.destination}`;

/**
 * The sends' counts (columns `failed`, `unconfirmed`) of the conversation `id`, to join to
 * rows already chosen: as columns of a statement that sorts, the planner could count them for
 * every row it sorted (with few sends it costs them at nothing), and a channel's waiting order
 * counted the sends of its 1,250 conversations for a page of 50 (22 ms on the embedded
 * database; 9 with the counts of the page's rows only).
 */
export const sendCountsOf = (id: SQL) => sql`left join lateral (
    select count(*) filter (where state = 'failed')::int as failed, count(*) filter (where state = 'unconfirmed')::int as unconfirmed
    from ${outbox} where conversation_id = ${id} and state in ('failed', 'unconfirmed')
  ) s on true`;

/** Rows read with recordJson (or pageJson) as `record` and sendCountsOf's columns. */
export type RecordRow = { record: string; failed: number | string | null; unconfirmed: number | string | null };

export function recordsOf(rows: RecordRow[]): ConversationRecord[] {
  return rows.map((row) => ({ ...recordOf(row.record), failedSends: Number(row.failed ?? 0), unconfirmedSends: Number(row.unconfirmed ?? 0) }));
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

// A page's columns named c0, c1... in the order of NAMES, and its JSON made of them.
export const pageColumns = sql.join(
  NAMES.map((name, index) => sql`${conversationColumns[name]} as ${sql.identifier(`c${index}`)}`),
  sql`, `,
);
export const pageJson = sql.raw(`json_build_array(${NAMES.map((_, index) => `p.c${index}`).join(", ")})::text`);
export const pageId = sql.identifier(`c${NAMES.indexOf("id")}`);
