import { and, eq, notInArray, sql } from "drizzle-orm";
import type { Db } from "@/lib/db/handle";
import { channels, conversations, messages, type ChannelRow } from "@/lib/db/schema";

/** A message as the mirror stores it; the sync maps Afilnet's answers to this. */
export interface MirrorMessage {
  messageId: string;
  direction: "in" | "out";
  text: string;
  status: string;
  at: Date;
  file?: { type: string; url: string; thumbUrl?: string };
}


/** Makes the channel table match getchatchannels: new ones added, vanished ones inactive. */
export async function replaceChannels(db: Db, listed: { platform: string; platformId: string; name: string }[]): Promise<void> {
  for (const channel of listed) {
    await db
      .insert(channels)
      .values({ ...channel, active: true })
      .onConflictDoUpdate({ target: [channels.platform, channels.platformId], set: { name: channel.name, active: true } });
  }
  const keep = listed.map((c) => `${c.platform}:${c.platformId}`);
  const key = sql<string>`${channels.platform} || ':' || ${channels.platformId}`;
  await db
    .update(channels)
    .set({ active: false })
    .where(keep.length > 0 ? notInArray(key, keep) : sql`true`);
}

export async function listActiveChannels(db: Db): Promise<ChannelRow[]> {
  return db.select().from(channels).where(eq(channels.active, true)).orderBy(channels.platform, channels.platformId);
}

export async function setChannelActive(db: Db, channelId: number, active: boolean): Promise<void> {
  await db.update(channels).set({ active }).where(eq(channels.id, channelId));
}


type StoredContent = Pick<ReturnType<typeof messageRow>, "status" | "text" | "at" | "fileType" | "fileUrl" | "thumbUrl">;

const contentOf = (row: StoredContent) => JSON.stringify([row.status, row.text, row.at.getTime(), row.fileType, row.fileUrl, row.thumbUrl]);

async function storedContent(db: Db, conversationId: number): Promise<Map<string, string>> {
  const rows = await db
    .select({ messageId: messages.messageId, status: messages.status, text: messages.text, at: messages.at, fileType: messages.fileType, fileUrl: messages.fileUrl, thumbUrl: messages.thumbUrl })
    .from(messages)
    .where(eq(messages.conversationId, conversationId));
  return new Map(rows.map((row) => [row.messageId, contentOf(row)]));
}

function messageRow(conversationId: number, message: MirrorMessage) {
  return {
    conversationId,
    messageId: message.messageId,
    direction: message.direction,
    text: message.text,
    status: message.status,
    at: message.at,
    fileType: message.file?.type ?? null,
    fileUrl: message.file?.url ?? null,
    thumbUrl: message.file?.thumbUrl ?? null,
  };
}

/**
 * Upserts messages by (conversation, Afilnet message id): a message seen twice is stored once.
 * Afilnet has no "since", so a changed chat brings its whole history; a row that is already
 * stored as it is now is left alone, so storing costs writes for what is new or changed only.
 */
export async function upsertMessages(db: Db, conversationId: number, given: MirrorMessage[]): Promise<void> {
  // One statement may not touch a row twice: the last copy of a repeated id wins.
  const unique = [...new Map(given.map((message) => [message.messageId, message])).values()];
  // Only what is new or changed is sent: reading the stored history costs far less than
  // asking the database to compare thousands of rows one conflict at a time.
  const stored = await storedContent(db, conversationId);
  const list = unique.filter((message) => stored.get(message.messageId) !== contentOf(messageRow(conversationId, message)));
  for (let start = 0; start < list.length; start += 500) {
    const chunk = list.slice(start, start + 500).map((message) => messageRow(conversationId, message));
    await db
      .insert(messages)
      .values(chunk)
      .onConflictDoUpdate({
        target: [messages.conversationId, messages.messageId],
        set: {
          status: sql`excluded.status`,
          text: sql`excluded.text`,
          at: sql`excluded.at`,
          fileType: sql`excluded.file_type`,
          fileUrl: sql`excluded.file_url`,
          thumbUrl: sql`excluded.thumb_url`,
        },
        setWhere: sql`(${messages.status}, ${messages.text}, ${messages.at}, ${messages.fileType}, ${messages.fileUrl}, ${messages.thumbUrl})
          is distinct from (excluded.status, excluded.text, excluded.at, excluded.file_type, excluded.file_url, excluded.thumb_url)`,
      });
  }
}

export async function ensureConversation(db: Db, channelId: number, destination: string): Promise<number> {
  const inserted = await db
    .insert(conversations)
    .values({ channelId, destination })
    .onConflictDoNothing()
    .returning({ id: conversations.id });
  if (inserted[0]) return inserted[0].id;
  const rows = await db
    .select({ id: conversations.id })
    .from(conversations)
    .where(and(eq(conversations.channelId, channelId), eq(conversations.destination, destination)));
  return (rows[0] as { id: number }).id;
}
