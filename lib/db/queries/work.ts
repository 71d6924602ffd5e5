import { sql, type SQL } from "drizzle-orm";
import type { Db } from "../handle";
import { intArray } from "./conversation-search";

/*
 * Conversations as work: the statements that change a conversation's status or assignee.
 * Each one writes the change and its row of conversation_events in one statement, and moves
 * the conversation's version (its thread's ETag). Only rows that actually change are written,
 * and the ids of those rows are returned. The rules that decide when to call them live in
 * lib/inbox/work.ts.
 */

export type ConversationStatus = "open" | "pending" | "snoozed" | "resolved";

export interface ChangeBy {
  /** The agent who made the change; null when it happened by itself. */
  actorId: string | null;
  /** Why it happened by itself (customer_wrote, snooze_ended, idle, first_import, reply, auto_assign, deactivated). */
  reason?: string | null;
  now: Date;
}

const at = (date: Date) => sql`${date.toISOString()}::timestamptz`;
const idList = (ids: number[]) => sql.join(ids.map((id) => sql`${id}`), sql`, `);
const rowsOf = <T>(result: unknown) => (result as { rows: T[] }).rows;

async function changedIds(db: Db, statement: SQL): Promise<number[]> {
  return rowsOf<{ conversation_id: number }>(await db.execute(statement)).map((row) => row.conversation_id);
}

/** Sets the status of the conversations (a snooze needs `snoozedUntil`); the ids that changed. */
export function setStatus(db: Db, ids: number[], status: ConversationStatus, by: ChangeBy, snoozedUntil: Date | null = null) {
  if (ids.length === 0) return Promise.resolve([]);
  const until = status === "snoozed" && snoozedUntil ? at(snoozedUntil) : sql`null::timestamptz`;
  return changedIds(
    db,
    sql`with changed as (
      update conversations c set status = ${status}::text, snoozed_until = ${until}, status_changed_at = ${at(by.now)}, version = c.version + 1
      where c.id in (${idList(ids)}) and (c.status <> ${status}::text or c.snoozed_until is distinct from ${until})
      returning c.id)
    insert into conversation_events (conversation_id, kind, status, snoozed_until, actor_id, reason, at)
    select id, 'status', ${status}::text, ${until}, ${by.actorId}::uuid, ${by.reason ?? null}::text, ${at(by.now)} from changed
    returning conversation_id`,
  );
}

/** Sets (or, with null, clears) the assignee of the conversations; the ids that changed. */
export async function setAssignee(db: Db, ids: number[], assigneeId: string | null, by: ChangeBy) {
  if (ids.length === 0) return [];
  const changed = await changedIds(
    db,
    sql`with changed as (
      update conversations c set assignee_id = ${assigneeId}::uuid, version = c.version + 1
      where c.id in (${idList(ids)}) and c.assignee_id is distinct from ${assigneeId}::uuid
      returning c.id)
    insert into conversation_events (conversation_id, kind, assignee_id, actor_id, reason, at)
    select id, 'assignee', ${assigneeId}::uuid, ${by.actorId}::uuid, ${by.reason ?? null}::text, ${at(by.now)} from changed
    returning conversation_id`,
  );
  if (assigneeId && changed.length > 0) await db.execute(sql`update agents set last_assigned_at = ${at(by.now)} where id = ${assigneeId}`);
  return changed;
}

/** The work state of one conversation, for the rules that depend on it; undefined when there is none. */
export async function getWorkState(db: Db, conversationId: number) {
  const rows = rowsOf<{ status: ConversationStatus; assignee_id: string | null }>(
    await db.execute(sql`select status, assignee_id from conversations where id = ${conversationId}`),
  );
  const row = rows[0];
  return row && { status: row.status, assigneeId: row.assignee_id };
}

/** Reopens the conversations of `conversationIds` that are not open and hold a customer message first seen after their status changed. */
export function reopenOnInbound(db: Db, conversationIds: number[], now: Date) {
  if (conversationIds.length === 0) return Promise.resolve([]);
  return changedIds(
    db,
    sql`with changed as (
      update conversations c set status = 'open', snoozed_until = null, status_changed_at = ${at(now)}, version = c.version + 1
      where c.id = any(${intArray(conversationIds)}) and c.status <> 'open'
        and exists (select 1 from messages m where m.conversation_id = c.id and m.direction = 'in' and m.first_seen_at > c.status_changed_at)
      returning c.id)
    insert into conversation_events (conversation_id, kind, status, reason, at)
    select id, 'status', 'open', 'customer_wrote', ${at(now)} from changed
    returning conversation_id`,
  );
}

/**
 * A conversation seen for the first time takes its status from its last message: open when the
 * customer wrote last, pending when we did, resolved when quiet for longer than `idleDays`.
 */
export function setInitialStatus(db: Db, conversationId: number, now: Date, idleDays: number) {
  const quietBefore = idleDays > 0 ? at(new Date(now.getTime() - idleDays * 86_400_000)) : sql`'-infinity'::timestamptz`;
  return changedIds(
    db,
    sql`with changed as (
      update conversations c set
        status = case when c.last_message_at < ${quietBefore} then 'resolved' when c.last_direction = 'out' then 'pending' else 'open' end,
        status_changed_at = ${at(now)}, version = c.version + 1
      where c.id = ${conversationId}
      returning c.id, c.status)
    insert into conversation_events (conversation_id, kind, status, reason, at)
    select id, 'status', status, 'first_import', ${at(now)} from changed where status <> 'open'
    returning conversation_id`,
  );
}

/** Snoozed conversations whose time has come become open again; the ids woken. */
export function wakeSnoozed(db: Db, now: Date) {
  return changedIds(
    db,
    sql`with changed as (
      update conversations c set status = 'open', snoozed_until = null, status_changed_at = ${at(now)}, version = c.version + 1
      where c.status = 'snoozed' and c.snoozed_until <= ${at(now)}
      returning c.id)
    insert into conversation_events (conversation_id, kind, status, reason, at)
    select id, 'status', 'open', 'snooze_ended', ${at(now)} from changed
    returning conversation_id`,
  );
}

/** Pending conversations with no message and no change for `days` days are resolved; the ids resolved. */
export function resolveIdlePending(db: Db, now: Date, days: number) {
  if (days <= 0) return Promise.resolve([]);
  const before = at(new Date(now.getTime() - days * 86_400_000));
  return changedIds(
    db,
    sql`with changed as (
      update conversations c set status = 'resolved', status_changed_at = ${at(now)}, version = c.version + 1
      where c.status = 'pending' and c.status_changed_at < ${before} and coalesce(c.last_message_at, '-infinity'::timestamptz) < ${before}
      returning c.id)
    insert into conversation_events (conversation_id, kind, status, reason, at)
    select id, 'status', 'resolved', 'idle', ${at(now)} from changed
    returning conversation_id`,
  );
}

/** The open conversations assigned to an agent. */
export async function openAssignedTo(db: Db, agentId: string): Promise<number[]> {
  const rows = rowsOf<{ id: number }>(await db.execute(sql`select id from conversations where assignee_id = ${agentId} and status = 'open'`));
  return rows.map((row) => row.id);
}
