import { eq, sql, type SQL } from "drizzle-orm";
import type { Db } from "@/lib/db/handle";
import { conversations } from "@/lib/db/schema";
import type { MirrorMessage } from "./mirror";

/*
 * A conversation's summary, as the inbox lists it and the sync compares it with getchats: its
 * latest message, its delivery status, and the counts of unread and waiting.
 */

/**
 * Sets the conversation's summary to the upstream's latest message (what change detection
 * compares), and the customer's language when it could be told (an unsure guess keeps the last).
 */
export async function setLatestMessage(db: Db, conversationId: number, latest: MirrorMessage, customerLanguage: string | null = null): Promise<void> {
  await db
    .update(conversations)
    .set({
      lastMessageId: latest.messageId,
      lastMessageAt: latest.at,
      lastDirection: latest.direction,
      lastStatus: latest.status,
      lastText: latest.text,
      lastFileType: latest.file?.type ?? null,
      ...(customerLanguage ? { customerLanguage } : {}),
    })
    .where(eq(conversations.id, conversationId));
}

/**
 * The one definition of unread and waiting, kept on the conversation for the inbox and the
 * queues alike: unread = inbound messages after last-seen (`seen`: the conversation's own, or
 * the one this statement sets); waiting since = the oldest inbound message with no outbound
 * one after it, by time and then the upstream order (a customer message in the same second as
 * a reply still waits when it came after it). Whether waiting counts depends on the status:
 * only open conversations wait (lib/db/queries/figures.ts).
 */
const recounted = (seen: SQL) => sql`
  last_inbound_at = (select max(m.at) from messages m where m.conversation_id = c.id and m.direction = 'in'),
  last_outbound_at = (select max(m.at) from messages m where m.conversation_id = c.id and m.direction = 'out'),
  unread_count = (
    select count(*)::int from messages m
    where m.conversation_id = c.id and m.direction = 'in' and (${seen} is null or m.at > ${seen})),
  waiting_since = (
    select min(m.at) from messages m
    where m.conversation_id = c.id and m.direction = 'in'
      and not exists (
        select 1 from messages o where o.conversation_id = c.id and o.direction = 'out' and (o.at, o.id) > (m.at, m.id))),
  first_message_at = (select min(m.at) from messages m where m.conversation_id = c.id),
  version = c.version + 1`;

const timestamp = (date: Date | null) => sql`${date?.toISOString() ?? null}::timestamptz`;

/** Recounts unread and waiting (`recounted`); call after the messages or last-seen changed. */
export async function recountConversation(db: Db, conversationId: number): Promise<void> {
  await db.execute(sql`update conversations c set ${recounted(sql`c.last_seen_at`)} where c.id = ${conversationId}`);
}

export interface StoredChatSummary {
  latest: MirrorMessage;
  /** Told from the chat's messages; null keeps the last (an unsure guess). */
  customerLanguage: string | null;
  /** Set with the counts when given (a first import's, from Afilnet's unread messages). */
  lastSeenAt?: Date | null;
}

/**
 * What a sync pass writes of a chat after its messages, in one statement: the counts
 * (`recounted`), last-seen on a first import, and the summary that change detection compares
 * with getchats (setLatestMessage's columns). One statement, not three: on the embedded
 * database each costs the whole database's thread 1-3 ms, a pass stores a handful of chats
 * every few seconds, and every reader waits behind them.
 */
export async function storeChatSummary(db: Db, conversationId: number, { latest, customerLanguage, lastSeenAt }: StoredChatSummary): Promise<void> {
  const seen = lastSeenAt === undefined ? sql`c.last_seen_at` : timestamp(lastSeenAt);
  await db.execute(sql`
    update conversations c set
      ${lastSeenAt === undefined ? sql`` : sql`last_seen_at = ${seen},`}
      last_message_id = ${latest.messageId},
      last_message_at = ${timestamp(latest.at)},
      last_direction = ${latest.direction},
      last_status = ${latest.status},
      last_text = ${latest.text},
      last_file_type = ${latest.file?.type ?? null},
      customer_language = coalesce(${customerLanguage}, c.customer_language),
      ${recounted(seen)}
    where c.id = ${conversationId}`);
}

export interface LatestStatus {
  conversationId: number;
  messageId: string;
  status: string;
}

/**
 * Updates the delivery status of conversations' latest messages, as getchats reports them: all
 * of a pass's in one statement (a chat read by its import can turn "read" upstream by the next
 * pass, so a pass refreshes about as many of these as the last one stored).
 */
export async function refreshLatestStatuses(db: Db, changes: LatestStatus[]): Promise<void> {
  if (changes.length === 0) return;
  const rows = JSON.stringify(changes.map(({ conversationId, messageId, status }) => ({ id: conversationId, message_id: messageId, status })));
  await db.execute(sql`
    with s as (select * from json_to_recordset(${rows}::json) as s(id int, message_id text, status text)),
    m as (
      update messages set status = s.status from s
      where messages.conversation_id = s.id and messages.message_id = s.message_id)
    update conversations c set last_status = s.status, version = c.version + 1 from s where c.id = s.id`);
}
