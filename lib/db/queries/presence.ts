import { and, eq, gt, lt, ne, sql } from "drizzle-orm";
import type { Db } from "@/lib/db/handle";
import { agents, presence } from "@/lib/db/schema";

/** This agent has the conversation open (and is typing or not), as of `now`; a conversation that does not exist is ignored. */
export async function notePresence(db: Db, agentId: string, conversationId: number, typing: boolean, now: Date): Promise<void> {
  await db.execute(sql`
    insert into presence (agent_id, conversation_id, typing, seen_at)
    select ${agentId}::uuid, ${conversationId}, ${typing}, ${now.toISOString()}::timestamptz
    where exists (select 1 from conversations where id = ${conversationId})
    on conflict (agent_id, conversation_id) do update set typing = excluded.typing, seen_at = excluded.seen_at`);
}

/** This agent left the conversation. */
export async function dropPresence(db: Db, agentId: string, conversationId: number): Promise<void> {
  await db.delete(presence).where(and(eq(presence.agentId, agentId), eq(presence.conversationId, conversationId)));
}

/** Rows nobody refreshed for a long time: the table keeps only the recent ones. */
export async function prunePresence(db: Db, before: Date): Promise<void> {
  await db.delete(presence).where(lt(presence.seenAt, before));
}

/** Everyone but `agentId` seen after `since`, with their names. */
export async function listPresence(db: Db, since: Date, agentId: string) {
  return db
    .select({ conversationId: presence.conversationId, agentId: presence.agentId, name: agents.displayName, typing: presence.typing })
    .from(presence)
    .innerJoin(agents, eq(agents.id, presence.agentId))
    .where(and(gt(presence.seenAt, since), ne(presence.agentId, agentId), eq(agents.active, true)))
    .orderBy(presence.conversationId, sql`${agents.displayName}`);
}
