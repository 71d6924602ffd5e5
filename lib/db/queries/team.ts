import { and, eq, gte, sql } from "drizzle-orm";
import type { Db } from "../handle";
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
export async function medianFirstResponse(db: Db, dayStart: Date): Promise<{ channelId: number; medianSeconds: number; replies: number }[]> {
  const result = await db.execute(sql`
    with replies as (
      select c.channel_id, o.at as replied_at,
        (select min(i.at) from messages i
          where i.conversation_id = o.conversation_id and i.direction = 'in' and i.at < o.at
            and i.at > coalesce((select max(p.at) from messages p
              where p.conversation_id = o.conversation_id and p.direction = 'out' and p.at < o.at), '-infinity'::timestamptz)
        ) as asked_at
      from messages o
      join conversations c on c.id = o.conversation_id
      where o.direction = 'out' and o.at >= ${dayStart.toISOString()}::timestamptz
    )
    select channel_id,
      percentile_cont(0.5) within group (order by extract(epoch from replied_at - asked_at))::float8 as median_seconds,
      count(*)::int as replies
    from replies where asked_at is not null
    group by channel_id order by channel_id`);
  const rows = (result as unknown as { rows: { channel_id: number; median_seconds: number; replies: number }[] }).rows;
  return rows.map((row) => ({ channelId: row.channel_id, medianSeconds: Math.round(Number(row.median_seconds)), replies: row.replies }));
}
