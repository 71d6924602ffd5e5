import { and, desc, eq, gt, ilike, or, sql, type SQL } from "drizzle-orm";
import type { Db } from "@/lib/db/handle";
import { agents, channels, conversations, messages, type MessageRow } from "@/lib/db/schema";
import type { ChannelSummary, ConversationDetail, ConversationRowView, InboxQuery, MessageView } from "@/lib/contract/inbox";
import { decodeCursor, encodeCursor } from "./cursor";
import { channelFigures } from "./figures";

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

const conversationColumns = {
  id: conversations.id,
  channelId: conversations.channelId,
  platform: channels.platform,
  channelName: channels.name,
  destination: conversations.destination,
  lastMessageAt: conversations.lastMessageAt,
  lastText: conversations.lastText,
  lastFileType: conversations.lastFileType,
  lastDirection: conversations.lastDirection,
  lastStatus: conversations.lastStatus,
  unreadCount: conversations.unreadCount,
  waitingSince: conversations.waitingSince,
  lastSeenAt: conversations.lastSeenAt,
  version: conversations.version,
};

type ConversationRecord = { [K in keyof typeof conversationColumns]: (typeof conversationColumns)[K]["_"]["data"] | null };

function toRow(row: ConversationRecord): ConversationRowView {
  return {
    id: row.id as number,
    channelId: row.channelId as number,
    platform: row.platform as string,
    channelName: row.channelName as string,
    destination: row.destination as string,
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
  };
}

const escapeLike = (text: string) => text.replace(/[\\%_]/g, (char) => `\\${char}`);
const activity = sql`coalesce(${conversations.lastMessageAt}, 'epoch'::timestamptz)`;

/** A page of conversations, most recent activity first, with the inbox's filters. */
export async function listConversations(
  db: Db,
  query: Pick<InboxQuery, "channel" | "unread" | "q" | "cursor" | "limit">,
): Promise<{ rows: ConversationRowView[]; nextCursor: string | null }> {
  const filters: SQL[] = [];
  if (query.channel) filters.push(eq(conversations.channelId, query.channel));
  if (query.unread) filters.push(gt(conversations.unreadCount, 0));
  if (query.q) {
    const pattern = `%${escapeLike(query.q)}%`;
    filters.push(
      or(
        ilike(conversations.destination, pattern),
        sql`exists (select 1 from ${messages} m where m.conversation_id = ${conversations.id} and m.text ilike ${pattern})`,
      ) as SQL,
    );
  }
  if (query.cursor) {
    const position = decodeCursor(query.cursor);
    if (!position) throw new BadCursorError();
    filters.push(sql`(${activity}, ${conversations.id}) < (${position.at.toISOString()}::timestamptz, ${position.id})`);
  }
  const records = await db
    .select(conversationColumns)
    .from(conversations)
    .innerJoin(channels, eq(channels.id, conversations.channelId))
    .where(filters.length > 0 ? and(...filters) : undefined)
    .orderBy(desc(activity), desc(conversations.id))
    .limit(query.limit + 1);
  const page = records.slice(0, query.limit) as ConversationRecord[];
  const last = page[page.length - 1];
  const nextCursor =
    records.length > query.limit && last ? encodeCursor(last.lastMessageAt ?? new Date(0), last.id as number) : null;
  return { rows: page.map(toRow), nextCursor };
}

export async function getConversation(db: Db, id: number): Promise<ConversationDetail | undefined> {
  const rows = await db
    .select(conversationColumns)
    .from(conversations)
    .innerJoin(channels, eq(channels.id, conversations.channelId))
    .where(eq(conversations.id, id));
  const row = rows[0] as ConversationRecord | undefined;
  if (!row) return undefined;
  return { ...toRow(row), lastSeenAt: row.lastSeenAt?.toISOString() ?? null, version: row.version ?? 1 };
}

function toMessage(row: MessageRow, sentBy: string | null): MessageView {
  return {
    id: row.id,
    sentBy,
    messageId: row.messageId,
    direction: row.direction === "out" ? "out" : "in",
    text: row.text,
    status: row.status,
    at: row.at.toISOString(),
    file: row.fileType && row.fileUrl ? { type: row.fileType, url: row.fileUrl, thumbUrl: row.thumbUrl } : null,
  };
}

/** A conversation's messages, newest last; `before` pages back into older ones. */
export async function listMessages(
  db: Db,
  conversationId: number,
  options: { before?: string; limit: number },
): Promise<{ messages: MessageView[]; olderCursor: string | null }> {
  const filters: SQL[] = [eq(messages.conversationId, conversationId)];
  if (options.before) {
    const position = decodeCursor(options.before);
    if (!position) throw new BadCursorError();
    filters.push(sql`(${messages.at}, ${messages.id}) < (${position.at.toISOString()}::timestamptz, ${position.id})`);
  }
  const rows = await db
    .select({ message: messages, sentBy: agents.displayName })
    .from(messages)
    .leftJoin(agents, eq(agents.id, messages.sentByAgentId))
    .where(and(...filters))
    .orderBy(desc(messages.at), desc(messages.id))
    .limit(options.limit + 1);
  const page = rows.slice(0, options.limit);
  const oldest = page[page.length - 1]?.message;
  return {
    messages: page.reverse().map((row) => toMessage(row.message, row.sentBy)),
    olderCursor: rows.length > options.limit && oldest ? encodeCursor(oldest.at, oldest.id) : null,
  };
}
