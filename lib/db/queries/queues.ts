import { sql } from "drizzle-orm";
import type { Db } from "../handle";
import { DEFAULT_WAIT_THRESHOLD_SECONDS, QUEUE_SETTINGS_ID } from "./figures";

interface WaitingRow {
  id: number;
  destination: string;
  display_name: string | null;
  channel_id: number;
  channel_name: string;
  waiting_since: string | Date;
  unread_count: number;
  last_text: string | null;
  threshold_seconds: number;
  assignee_id: string | null;
  assignee_name: string | null;
}

/**
 * The open conversations waiting in a channel or on an agent, longest wait first (at most
 * 500), each with its channel's threshold and its assignee.
 */
export async function listWaitingConversations(db: Db, where: { channelId: number } | { agentId: string }) {
  const filter = "channelId" in where ? sql`c.channel_id = ${where.channelId}` : sql`c.assignee_id = ${where.agentId}::uuid`;
  const result = await db.execute(sql`
    select c.id, c.destination, ct.display_name, c.channel_id, ch.name as channel_name, c.waiting_since, c.unread_count, c.last_text,
      coalesce(ch.wait_threshold_seconds,
        (select default_wait_threshold_seconds from queue_settings where id = ${QUEUE_SETTINGS_ID}), ${DEFAULT_WAIT_THRESHOLD_SECONDS})::int as threshold_seconds,
      c.assignee_id, a.display_name as assignee_name
    from conversations c
    join channels ch on ch.id = c.channel_id
    left join agents a on a.id = c.assignee_id
    left join contacts ct on ct.destination = c.destination
    where ${filter} and c.status = 'open' and c.waiting_since is not null
    order by c.waiting_since asc, c.id asc
    limit 500`);
  return (result as unknown as { rows: WaitingRow[] }).rows.map((row) => ({
    id: row.id,
    destination: row.destination,
    displayName: row.display_name,
    channelId: row.channel_id,
    channelName: row.channel_name,
    waitingSince: new Date(row.waiting_since),
    unreadCount: row.unread_count,
    lastText: row.last_text ?? "",
    thresholdSeconds: row.threshold_seconds,
    assignee: row.assignee_id ? { id: row.assignee_id, name: row.assignee_name ?? "" } : null,
  }));
}

/** Whether an agent with this id exists (active or not). */
export async function agentExists(db: Db, agentId: string): Promise<boolean> {
  const result = await db.execute(sql`select 1 from agents where id = ${agentId}::uuid`);
  return (result as unknown as { rows: unknown[] }).rows.length > 0;
}
