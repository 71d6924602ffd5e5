import { and, asc, eq, inArray, or, sql } from "drizzle-orm";
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

/**
 * Starts an attempt of a send still "sending", on the database's clock. A retry is flagged
 * when an earlier attempt is still watched: its message might arrive twice. Undefined when
 * the send was settled meanwhile.
 */
export async function startAttempt(db: Db, id: string, retry: boolean): Promise<OutboxRow | undefined> {
  const rows = await db
    .update(outbox)
    .set({
      attempts: sql`${outbox.attempts} + 1`,
      errorCode: null,
      errorMessage: null,
      attemptedAt: sql`now()`,
      attemptStartedAt: sql`now()`,
      ...(retry ? { mayArriveTwice: sql`coalesce(${outbox.watchUntil} > now(), false)` } : {}),
    })
    .where(and(eq(outbox.id, id), eq(outbox.state, "sending")))
    .returning();
  return rows[0];
}

/** The attempt's answer never came, or came without an id: what appears upstream from now on may be its message. */
export async function markOutcomeUnknown(db: Db, id: string, patch: Partial<Omit<OutboxRow, "id">>): Promise<OutboxRow> {
  const rows = await db
    .update(outbox)
    .set({ ...patch, unknownSince: sql`coalesce(${outbox.unknownSince}, ${outbox.attemptStartedAt})` })
    .where(eq(outbox.id, id))
    .returning();
  return rows[0] as OutboxRow;
}

/** A failed send goes back to "sending" for a retry; its attempt clock restarts so no sync takes it for abandoned. */
export async function beginRetry(db: Db, id: string): Promise<OutboxRow | undefined> {
  const rows = await db
    .update(outbox)
    .set({ state: "sending", attemptStartedAt: sql`now()` })
    .where(and(eq(outbox.id, id), eq(outbox.state, "failed")))
    .returning();
  return rows[0];
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

/**
 * Sends of a conversation not (yet) in the thread as messages: sending, failed, unconfirmed;
 * and, while their earlier attempt is watched, sent ones the agent must hear about: delivered
 * late, or sent again and so perhaps arriving twice.
 */
export async function listPendingSends(db: Db, conversationId: number): Promise<PendingSend[]> {
  const rows = await db
    .select({ send: outbox, agentName: agents.displayName })
    .from(outbox)
    .innerJoin(agents, eq(agents.id, outbox.agentId))
    .where(
      and(
        eq(outbox.conversationId, conversationId),
        or(
          inArray(outbox.state, ["sending", "failed", "unconfirmed"]),
          sql`${outbox.state} = 'sent' and (${outbox.deliveredLate} or ${outbox.mayArriveTwice}) and ${outbox.watchUntil} > now()`,
        ),
      ),
    )
    .orderBy(asc(outbox.createdAt));
  return rows.map(({ send, agentName }) => ({ ...send, agentName }));
}

/** Conversations with a reply that failed or is unconfirmed: what the list's "Failed sends" filter finds without other filters. */
export async function countConversationsWithSendTrouble(db: Db): Promise<number> {
  const rows = await db
    .select({ count: sql<number>`count(distinct ${outbox.conversationId})::int` })
    .from(outbox)
    .where(inArray(outbox.state, ["failed", "unconfirmed"]));
  return Number(rows[0]?.count ?? 0);
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
