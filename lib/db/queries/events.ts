import { sql } from "drizzle-orm";
import type { ConversationEventView, ThreadLine } from "@/lib/contract/inbox";
import type { Db } from "../handle";

interface LineRow {
  id: number;
  kind: "status" | "assignee" | "note";
  status: ConversationEventView["status"];
  snoozed_until: string | Date | null;
  assignee_id: string | null;
  assignee_name: string | null;
  actor_id: string | null;
  actor_name: string | null;
  reason: string | null;
  text: string | null;
  mentions: { id: string; name: string }[] | string | null;
  at: string | Date;
}

const iso = (value: string | Date | null) => (value === null ? null : new Date(value).toISOString());
const person = (id: string | null, name: string | null) => (id ? { id, name: name ?? "" } : null);

function toLine(row: LineRow): ThreadLine {
  const at = iso(row.at) as string;
  if (row.kind === "note") {
    const mentions = typeof row.mentions === "string" ? (JSON.parse(row.mentions) as { id: string; name: string }[]) : (row.mentions ?? []);
    return { kind: "note", id: Number(row.id), text: row.text ?? "", author: person(row.actor_id, row.actor_name) ?? { id: "", name: "" }, mentions, at };
  }
  return {
    kind: "event",
    id: Number(row.id),
    change: row.kind,
    status: row.status,
    snoozedUntil: iso(row.snoozed_until),
    assignee: person(row.assignee_id, row.assignee_name),
    actor: person(row.actor_id, row.actor_name),
    reason: row.reason,
    at,
  };
}

/**
 * A conversation's record in [from, to) (either end open when null), oldest first, at most
 * 500: changes of status and assignee, and private notes with whom they mention.
 */
export async function listEvents(db: Db, conversationId: number, from: Date | null, to: Date | null): Promise<ThreadLine[]> {
  const lower = from ? sql`and e.at >= ${from.toISOString()}::timestamptz` : sql``;
  const upper = to ? sql`and e.at < ${to.toISOString()}::timestamptz` : sql``;
  const result = await db.execute(sql`
    select e.id, e.kind, e.status, e.snoozed_until, e.assignee_id, assignee.display_name as assignee_name,
      e.actor_id, actor.display_name as actor_name, e.reason, e.text, e.at,
      case when e.kind = 'note' then coalesce((
        select json_agg(json_build_object('id', a.id, 'name', a.display_name) order by a.display_name)
        from note_mentions nm join agents a on a.id = nm.agent_id where nm.event_id = e.id), '[]'::json) end as mentions
    from conversation_events e
    left join agents assignee on assignee.id = e.assignee_id
    left join agents actor on actor.id = e.actor_id
    where e.conversation_id = ${conversationId} ${lower} ${upper}
    order by e.at asc, e.id asc
    limit 500`);
  return (result as unknown as { rows: LineRow[] }).rows.map(toLine);
}
