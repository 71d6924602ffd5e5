import { and, eq, sql, type SQL } from "drizzle-orm";
import type { Db } from "@/lib/db/handle";
import { conversations, messages, outbox, type OutboxRow } from "@/lib/db/schema";

/*
 * The statements that settle sends by evidence (the rules: lib/sync/settle-rules.ts). Times
 * are compared on the database's clock, the one that stamps messages' first_seen_at.
 */

const ms = (value: number) => sql`(${value}::double precision * interval '1 millisecond')`;
const attemptStart = sql`coalesce(${outbox.attemptStartedAt}, ${outbox.attemptedAt}, ${outbox.createdAt})`;

/**
 * Sends the rules may still settle. "sending" ones only when abandoned (no answer within
 * `answerWindowMs`: their process died) or named by `including` (a retry looking again).
 * Discarded ones whose attempt went unanswered: until their verdict, then while watched.
 */
function openSends(answerWindowMs: number | undefined, including?: string): SQL {
  const abandoned = answerWindowMs === undefined ? sql`false` : sql`${attemptStart} < now() - ${ms(answerWindowMs)}`;
  return sql`(${outbox.state} = 'unconfirmed'
    or (${outbox.state} = 'sending' and (${abandoned} or ${outbox.id} = ${including ?? null}))
    or (${outbox.state} = 'failed' and ${outbox.watchUntil} > now())
    or (${outbox.state} = 'sent' and ${outbox.messageId} is null and ${outbox.resolvedAt} is null)
    or (${outbox.state} = 'discarded' and ${outbox.unknownSince} is not null and ${outbox.messageId} is null
      and (${outbox.watchUntil} is null or ${outbox.watchUntil} > now())))`;
}

export async function dbNow(db: Db): Promise<Date> {
  const result = await db.execute(sql`select now() as now`);
  const row = (result as unknown as { rows: { now: string | Date }[] }).rows[0];
  return new Date(row?.now as string);
}

export async function conversationsWithOpenSends(db: Db, answerWindowMs: number): Promise<number[]> {
  const rows = await db.selectDistinct({ id: outbox.conversationId }).from(outbox).where(openSends(answerWindowMs));
  return rows.map((row) => row.id);
}

/** Holds the conversation's row until the transaction ends: one settler of its sends at a time. */
export async function lockConversation(db: Db, conversationId: number): Promise<void> {
  await db.execute(sql`select ${conversations.id} from ${conversations} where ${conversations.id} = ${conversationId} for update`);
}

export async function listOpenSends(db: Db, conversationId: number, answerWindowMs: number | undefined, including?: string): Promise<OutboxRow[]> {
  return db
    .select()
    .from(outbox)
    .where(and(eq(outbox.conversationId, conversationId), openSends(answerWindowMs, including)));
}

/** Outbound messages of the conversation first seen since `since` that no send has claimed. */
export async function listUnclaimedOutbound(db: Db, conversationId: number, since: Date) {
  return db
    .select({ messageId: messages.messageId, text: messages.text, fileUrl: messages.fileUrl, at: messages.at, firstSeenAt: messages.firstSeenAt })
    .from(messages)
    .where(
      sql`${messages.conversationId} = ${conversationId} and ${messages.direction} = 'out'
        and ${messages.firstSeenAt} >= ${since.toISOString()}::timestamptz
        and not exists (select 1 from ${outbox} o where o.conversation_id = ${messages.conversationId} and o.message_id = ${messages.messageId})`,
    );
}

/**
 * Settles a send by its message upstream; `late`: the inbox had already reported it not sent.
 * A discarded send stays discarded (the agent took its text back): only its message is linked.
 */
export async function claimMessage(db: Db, send: OutboxRow, messageId: string, late: boolean): Promise<boolean> {
  const rows = await db
    .update(outbox)
    .set({
      state: sql`case when ${outbox.state} = 'discarded' then 'discarded'::outbox_state else 'sent'::outbox_state end`,
      messageId,
      settledBy: "evidence",
      deliveredLate: late,
      errorCode: null,
      errorMessage: null,
      resolvedAt: sql`now()`,
    })
    .where(and(eq(outbox.id, send.id), eq(outbox.state, send.state)))
    .returning({ id: outbox.id });
  if (rows.length === 0) return false;
  await db.update(messages).set({ sentByAgentId: send.agentId }).where(and(eq(messages.conversationId, send.conversationId), eq(messages.messageId, messageId)));
  return true;
}

/** No evidence while it could have come: failed, and watched for `watchMs` from its attempt. */
export async function declareMissing(db: Db, send: OutboxRow, watchMs: number, sentence: string): Promise<boolean> {
  const rows = await db
    .update(outbox)
    .set({
      state: "failed",
      errorCode: "NOT_DELIVERED",
      errorMessage: sentence,
      resolvedAt: sql`now()`,
      unknownSince: sql`coalesce(${outbox.unknownSince}, ${attemptStart})`,
      watchUntil: sql`${attemptStart} + ${ms(watchMs)}`,
    })
    .where(and(eq(outbox.id, send.id), eq(outbox.state, send.state)))
    .returning({ id: outbox.id });
  return rows.length > 0;
}

/** A discarded send without evidence while it could have come: still watched for `watchMs` from its attempt, never failed again. */
export async function stopAwaiting(db: Db, send: OutboxRow, watchMs: number): Promise<boolean> {
  const rows = await db
    .update(outbox)
    .set({ watchUntil: sql`${attemptStart} + ${ms(watchMs)}` })
    .where(and(eq(outbox.id, send.id), eq(outbox.state, "discarded"), sql`${outbox.watchUntil} is null`))
    .returning({ id: outbox.id });
  return rows.length > 0;
}

/** A send answered "sent" without an id is linked to its message if one turns up, else left after `afterMs`. */
export async function stopLinking(db: Db, conversationId: number, afterMs: number): Promise<void> {
  await db
    .update(outbox)
    .set({ resolvedAt: sql`now()` })
    .where(
      sql`${outbox.conversationId} = ${conversationId} and ${outbox.state} = 'sent' and ${outbox.messageId} is null
        and ${outbox.resolvedAt} is null and ${attemptStart} < now() - ${ms(afterMs)}`,
    );
}

/**
 * Afilnet's answer named `messageId` as another send's: a send that had claimed it by evidence
 * goes back to where it was (unconfirmed, or failed and watched) to be settled again.
 */
export async function releaseClaims(db: Db, conversationId: number, messageId: string, owner: string, missingSentence: string): Promise<void> {
  await db
    .update(outbox)
    .set({
      // A discarded send stays discarded, its message unlinked.
      state: sql`case when ${outbox.state} = 'discarded' then 'discarded'::outbox_state when ${outbox.deliveredLate} then 'failed'::outbox_state else 'unconfirmed'::outbox_state end`,
      errorCode: sql`case when ${outbox.deliveredLate} and ${outbox.state} <> 'discarded' then 'NOT_DELIVERED' else ${outbox.errorCode} end`,
      errorMessage: sql`case when ${outbox.deliveredLate} and ${outbox.state} <> 'discarded' then ${missingSentence} else ${outbox.errorMessage} end`,
      messageId: null,
      settledBy: null,
      deliveredLate: false,
      resolvedAt: null,
    })
    .where(
      sql`${outbox.conversationId} = ${conversationId} and ${outbox.messageId} = ${messageId}
        and ${outbox.settledBy} = 'evidence' and ${outbox.id} <> ${owner}`,
    );
}
