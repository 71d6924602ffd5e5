import { and, eq, gte, sql } from "drizzle-orm";
import type { Db } from "../handle";
import { dateOrNull, personFromRow, type PersonRow } from "./agents-work";
import { agents, outbox } from "../schema";

export const ACTIVE_WINDOW_MS = 5 * 60_000;

/** Agents with a request in the last five minutes who have not signed out since. */
export async function activeAgents(db: Db, now: Date) {
  const since = new Date(now.getTime() - ACTIVE_WINDOW_MS);
  return db
    .select({ id: agents.id, name: agents.displayName, role: agents.role, lastActiveAt: agents.lastActiveAt })
    .from(agents)
    .where(
      and(
        eq(agents.active, true),
        gte(agents.lastActiveAt, since),
        sql`(${agents.signedOutAt} is null or ${agents.signedOutAt} < ${agents.lastActiveAt})`,
      ),
    )
    .orderBy(agents.displayName);
}

/** Replies each agent sent from the inbox since `dayStart`, from the send log. */
export async function repliesSince(db: Db, dayStart: Date) {
  return db
    .select({ agentId: agents.id, name: agents.displayName, replies: sql<number>`count(*)::int` })
    .from(outbox)
    .innerJoin(agents, eq(agents.id, outbox.agentId))
    .where(and(eq(outbox.state, "sent"), gte(outbox.attemptedAt, dayStart)))
    .groupBy(agents.id, agents.displayName)
    .orderBy(sql`count(*) desc`, agents.displayName);
}

/**
 * Per channel, the median time from a customer's first unanswered message to the reply, over
 * the replies since `dayStart`. Read from the mirror's timestamps, so replies sent from
 * elsewhere count too.
 */
/** The replies since `dayStart` (from the mirror, so replies sent from elsewhere count too), each with when its customer first asked. */
const repliesWithQuestion = (dayStart: Date) => sql`
    select c.channel_id, o.sent_by_agent_id as agent_id, o.at as replied_at,
      (select min(i.at) from messages i
        where i.conversation_id = o.conversation_id and i.direction = 'in' and i.at < o.at
          and i.at > coalesce((select max(p.at) from messages p
            where p.conversation_id = o.conversation_id and p.direction = 'out' and p.at < o.at), '-infinity'::timestamptz)
      ) as asked_at
    from messages o
    join conversations c on c.id = o.conversation_id
    where o.direction = 'out' and o.at >= ${dayStart.toISOString()}::timestamptz`;

/**
 * Per channel (or per agent, with `by: "agent"`), the median time from a customer's first
 * unanswered message to the reply, over the replies since `dayStart`.
 */
export async function medianFirstResponse(db: Db, dayStart: Date, by: "channel" | "agent" = "channel"): Promise<{ key: string; medianSeconds: number; replies: number }[]> {
  const key = by === "agent" ? sql`agent_id::text` : sql`channel_id::text`;
  const result = await db.execute(sql`
    with replies as (${repliesWithQuestion(dayStart)})
    select ${key} as key,
      percentile_cont(0.5) within group (order by extract(epoch from replied_at - asked_at))::float8 as median_seconds,
      count(*)::int as replies
    from replies where asked_at is not null and ${key} is not null
    group by 1 order by 1`);
  const rows = (result as unknown as { rows: { key: string; median_seconds: number; replies: number }[] }).rows;
  return rows.map((row) => ({ key: row.key, medianSeconds: Math.round(Number(row.median_seconds)), replies: row.replies }));
}

/** Every active agent with their availability and the open conversations assigned to them. */
export async function agentLoad(db: Db) {
  const result = await db.execute(sql`
    select a.id, a.display_name as name, a.role, a.availability, a.last_active_at, a.signed_out_at,
      count(c.id) filter (where c.status = 'open')::int as open_assigned,
      count(c.id) filter (where c.status = 'open' and c.waiting_since is not null)::int as waiting,
      min(c.waiting_since) filter (where c.status = 'open') as oldest_waiting_since
    from agents a
    left join conversations c on c.assignee_id = a.id
    where a.active
    group by a.id
    order by a.display_name, a.id`);
  type Row = PersonRow & { open_assigned: number; waiting: number; oldest_waiting_since: string | Date | null };
  return (result as unknown as { rows: Row[] }).rows.map((row) => ({
    ...personFromRow(row),
    openAssigned: row.open_assigned,
    waiting: row.waiting,
    oldestWaitingSince: dateOrNull(row.oldest_waiting_since),
  }));
}
