import { and, asc, eq, inArray, isNull, lt, or, sql } from "drizzle-orm";
import type { Db } from "@/lib/db/handle";
import { agents, channels, conversations, messages, outbox, type OutboxRow, type OutboxState } from "@/lib/db/schema";

export type NewOutboxRow = Pick<OutboxRow, "id" | "conversationId" | "agentId" | "text" | "fileType" | "fileUrl" | "thumbUrl">;

/** Inserts the send, or returns the one already recorded under this client id. */
export async function insertOutbox(db: Db, row: NewOutboxRow): Promise<{ row: OutboxRow; created: boolean }> {
  const inserted = await db.insert(outbox).values(row).onConflictDoNothing().returning();
  if (inserted[0]) return { row: inserted[0], created: true };
  return { row: (await getOutbox(db, row.id)) as OutboxRow, created: false };
}

export async function getOutbox(db: Db, id: string): Promise<OutboxRow | undefined> {
  return (await db.select().from(outbox).where(eq(outbox.id, id)))[0];
}

export async function updateOutbox(db: Db, id: string, patch: Partial<Omit<OutboxRow, "id">>): Promise<OutboxRow> {
  const rows = await db.update(outbox).set(patch).where(eq(outbox.id, id)).returning();
  return rows[0] as OutboxRow;
}

/** Moves a send from one state to the next only if nobody moved it meanwhile. */
export async function transitionOutbox(db: Db, id: string, from: OutboxState[], patch: Partial<Omit<OutboxRow, "id">>): Promise<OutboxRow | undefined> {
  const rows = await db
    .update(outbox)
    .set(patch)
    .where(and(eq(outbox.id, id), inArray(outbox.state, from)))
    .returning();
  return rows[0];
}

export interface PendingSend extends OutboxRow {
  agentName: string;
}

/** Sends of a conversation not (yet) in the thread as messages: sending, failed, unconfirmed. */
export async function listPendingSends(db: Db, conversationId: number): Promise<PendingSend[]> {
  const rows = await db
    .select({ send: outbox, agentName: agents.displayName })
    .from(outbox)
    .innerJoin(agents, eq(agents.id, outbox.agentId))
    .where(and(eq(outbox.conversationId, conversationId), inArray(outbox.state, ["sending", "failed", "unconfirmed"])))
    .orderBy(asc(outbox.createdAt));
  return rows.map(({ send, agentName }) => ({ ...send, agentName }));
}

/**
 * Sends whose fate the next sync must settle: unconfirmed ones, sent ones without an id, and
 * ones still "sending" long after any answer could have come (the process died mid-send).
 */
export async function listUnresolvedSends(db: Db, staleSendingBefore: Date): Promise<OutboxRow[]> {
  return db
    .select()
    .from(outbox)
    .where(
      or(
        eq(outbox.state, "unconfirmed"),
        and(eq(outbox.state, "sent"), isNull(outbox.messageId), isNull(outbox.resolvedAt)),
        and(eq(outbox.state, "sending"), lt(outbox.attemptedAt, staleSendingBefore)),
      ),
    )
    .orderBy(asc(outbox.createdAt));
}

/** An outbound message of the conversation that matches the send and no other send claimed. */
export async function findMatchingOutbound(db: Db, send: OutboxRow, since: Date): Promise<{ messageId: string } | undefined> {
  const rows = await db
    .select({ messageId: messages.messageId })
    .from(messages)
    .where(
      sql`${messages.conversationId} = ${send.conversationId}
        and ${messages.direction} = 'out'
        and ${messages.at} >= ${since.toISOString()}::timestamptz
        and ${messages.text} = ${send.text}
        and coalesce(${messages.fileUrl}, '') = ${send.fileUrl ?? ""}
        and not exists (select 1 from ${outbox} o where o.conversation_id = ${messages.conversationId} and o.message_id = ${messages.messageId})`,
    )
    .orderBy(asc(messages.at))
    .limit(1);
  return rows[0];
}

export async function linkMessageToAgent(db: Db, conversationId: number, messageId: string, agentId: string): Promise<void> {
  await db
    .update(messages)
    .set({ sentByAgentId: agentId })
    .where(and(eq(messages.conversationId, conversationId), eq(messages.messageId, messageId)));
}

export async function bumpConversationVersion(db: Db, conversationId: number): Promise<void> {
  await db
    .update(conversations)
    .set({ version: sql`${conversations.version} + 1` })
    .where(eq(conversations.id, conversationId));
}

/** Where a conversation's sends go: its channel's platform and id, and the destination. */
export async function getSendTarget(db: Db, conversationId: number) {
  const rows = await db
    .select({ platform: channels.platform, platformId: channels.platformId, destination: conversations.destination })
    .from(conversations)
    .innerJoin(channels, eq(channels.id, conversations.channelId))
    .where(eq(conversations.id, conversationId));
  return rows[0];
}
