import { sql } from "drizzle-orm";
import type { ConversationEventView } from "@/lib/contract/inbox";
import type { Db } from "../handle";

interface EventRow {
  id: number;
  kind: "status" | "assignee";
  status: ConversationEventView["status"];
  snoozed_until: string | Date | null;
  assignee_id: string | null;
  assignee_name: string | null;
  actor_id: string | null;
  actor_name: string | null;
  reason: string | null;
  at: string | Date;
}

const iso = (value: string | Date | null) => (value === null ? null : new Date(value).toISOString());

/** A conversation's record in [from, to) (either end open when null), oldest first, at most 500. */
export async function listEvents(db: Db, conversationId: number, from: Date | null, to: Date | null): Promise<ConversationEventView[]> {
  const lower = from ? sql`and e.at >= ${from.toISOString()}::timestamptz` : sql``;
  const upper = to ? sql`and e.at < ${to.toISOString()}::timestamptz` : sql``;
  const result = await db.execute(sql`
    select e.id, e.kind, e.status, e.snoozed_until, e.assignee_id, assignee.display_name as assignee_name,
      e.actor_id, actor.display_name as actor_name, e.reason, e.at
    from conversation_events e
    left join agents assignee on assignee.id = e.assignee_id
    left join agents actor on actor.id = e.actor_id
    where e.conversation_id = ${conversationId} ${lower} ${upper}
    order by e.at asc, e.id asc
    limit 500`);
  return (result as unknown as { rows: EventRow[] }).rows.map((row) => ({
    id: Number(row.id),
    kind: row.kind,
    status: row.status,
    snoozedUntil: iso(row.snoozed_until),
    assignee: row.assignee_id ? { id: row.assignee_id, name: row.assignee_name ?? "" } : null,
    actor: row.actor_id ? { id: row.actor_id, name: row.actor_name ?? "" } : null,
    reason: row.reason,
    at: iso(row.at) as string,
  }));
}
