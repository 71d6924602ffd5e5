import { sql, type SQL } from "drizzle-orm";
import type { ActivityFilters, ActivityKind } from "@/lib/contract/activity";
import type { Db } from "@/lib/db/handle";

export interface ActivityRecord {
  key: string;
  kind: ActivityKind;
  at: Date;
  actorId: string | null;
  actorName: string | null;
  conversationId: number;
  destination: string;
  displayName: string | null;
  platform: string;
  channelName: string;
  status: string | null;
  assigneeId: string | null;
  assigneeName: string | null;
  reason: string | null;
  errorCode: string | null;
  text: string | null;
}

interface RawRow {
  key: string;
  kind: ActivityKind;
  at: string | Date;
  actor_id: string | null;
  actor_name: string | null;
  conversation_id: number;
  destination: string;
  display_name: string | null;
  platform: string;
  channel_name: string;
  status: string | null;
  assignee_id: string | null;
  assignee_name: string | null;
  reason: string | null;
  error_code: string | null;
  text: string | null;
}

/** Where a page of the record starts: after this time and key, newest first. */
export interface ActivityPosition {
  at: Date;
  key: string;
}

/*
 * The record, newest first: changes of status and assignee and private notes with their
 * text (conversation_events) and sends from the inbox with what Afilnet answered (outbox), as
 * one list. Filters apply to both halves; the key ("e…" for an event, "s…" for a send) orders ties and pages.
 */
export async function listActivity(db: Db, filters: ActivityFilters, after: ActivityPosition | null, limit: number): Promise<ActivityRecord[]> {
  const where = (alias: "e" | "o", actorColumn: string): SQL[] => {
    const parts: SQL[] = [];
    if (filters.agent) parts.push(sql`${sql.raw(`${alias}.${actorColumn}`)} = ${filters.agent}::uuid`);
    if (filters.conversation) parts.push(sql`${sql.raw(`${alias}.conversation_id`)} = ${filters.conversation}`);
    if (filters.channel) parts.push(sql`c.channel_id = ${filters.channel}`);
    const at = alias === "e" ? "e.at" : "o.created_at";
    if (filters.from) parts.push(sql`${sql.raw(at)} >= ${filters.from}::timestamptz`);
    if (filters.to) parts.push(sql`${sql.raw(at)} <= ${filters.to}::timestamptz`);
    return parts;
  };
  const and = (parts: SQL[]) => (parts.length ? sql.join(parts, sql` and `) : sql`true`);
  const events = filters.kind === "send" ? null : [...where("e", "actor_id"), ...(filters.kind ? [sql`e.kind = ${filters.kind}`] : [])];
  const sends = filters.kind && filters.kind !== "send" ? null : where("o", "agent_id");
  const halves: SQL[] = [];
  if (events) {
    halves.push(sql`
      select 'e' || e.id as key, e.kind as kind, e.at as at, e.actor_id, actor.display_name as actor_name,
        e.conversation_id, c.destination, ct.display_name, ch.platform, ch.name as channel_name,
        e.status, e.assignee_id, assignee.display_name as assignee_name, e.reason, null::text as error_code, e.text
      from conversation_events e
      join conversations c on c.id = e.conversation_id
      join channels ch on ch.id = c.channel_id
      left join contacts ct on ct.destination = c.destination
      left join agents actor on actor.id = e.actor_id
      left join agents assignee on assignee.id = e.assignee_id
      where ${and(events)}`);
  }
  if (sends) {
    halves.push(sql`
      select 's' || o.id as key, 'send' as kind, o.created_at as at, o.agent_id as actor_id, sender.display_name as actor_name,
        o.conversation_id, c.destination, ct.display_name, ch.platform, ch.name as channel_name,
        o.state::text as status, null::uuid as assignee_id, null::text as assignee_name, null::text as reason, o.error_code,
        case when o.file_url is not null then coalesce(nullif(o.text, ''), o.file_url) else o.text end as text
      from outbox o
      join conversations c on c.id = o.conversation_id
      join channels ch on ch.id = c.channel_id
      left join contacts ct on ct.destination = c.destination
      left join agents sender on sender.id = o.agent_id
      where ${and(sends)}`);
  }
  if (halves.length === 0) return [];
  const page = after ? sql`where (r.at, r.key) < (${after.at.toISOString()}::timestamptz, ${after.key})` : sql``;
  const result = await db.execute(sql`
    select * from (${sql.join(halves, sql` union all `)}) r
    ${page}
    order by r.at desc, r.key desc
    limit ${limit}`);
  return (result as unknown as { rows: RawRow[] }).rows.map((row) => ({
    key: row.key,
    kind: row.kind,
    at: new Date(row.at),
    actorId: row.actor_id,
    actorName: row.actor_name,
    conversationId: Number(row.conversation_id),
    destination: row.destination,
    displayName: row.display_name,
    platform: row.platform,
    channelName: row.channel_name,
    status: row.status,
    assigneeId: row.assignee_id,
    assigneeName: row.assignee_name,
    reason: row.reason,
    errorCode: row.error_code,
    text: row.text,
  }));
}
