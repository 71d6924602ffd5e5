import { sql } from "drizzle-orm";
import type { Db } from "../handle";
import { agentsWritten } from "../write-signal";

/*
 * The team as the work sees it: who can be given a conversation, and who is available.
 */

export async function activeAgentExists(db: Db, agentId: string): Promise<boolean> {
  const result = await db.execute(sql`select 1 from agents where id = ${agentId}::uuid and active`);
  return (result as unknown as { rows: unknown[] }).rows.length > 0;
}

export async function setAvailability(db: Db, agentId: string, availability: string): Promise<void> {
  await db.execute(sql`update agents set availability = ${availability} where id = ${agentId}::uuid`);
  agentsWritten();
}

export interface PersonRow {
  id: string;
  name: string;
  role: string;
  availability: string;
  last_active_at: string | Date | null;
  signed_out_at: string | Date | null;
}

export const dateOrNull = (value: string | Date | null) => (value === null ? null : new Date(value));

/** A person as the availability rule needs them, from a row of `agents`. */
export function personFromRow(row: PersonRow) {
  const { id, name, role, availability } = row;
  return { id, name, role, availability, lastActiveAt: dateOrNull(row.last_active_at), signedOutAt: dateOrNull(row.signed_out_at) };
}

/** The active members of the team, for "Assign to…", with what the availability rule needs. */
export async function listTeammates(db: Db) {
  const result = await db.execute(sql`
    select id, display_name as name, role, availability, last_active_at, signed_out_at
    from agents where active order by display_name, id`);
  return (result as unknown as { rows: PersonRow[] }).rows.map(personFromRow);
}

/**
 * The online agent to give the next conversation to: fewest open conversations, under the
 * cap, and among equals the one given a conversation longest ago (round robin). Online means
 * chose "online" and made a request within `activeSince`. Undefined when nobody qualifies.
 */
export async function nextAssignee(db: Db, cap: number, activeSince: Date): Promise<string | undefined> {
  const result = await db.execute(sql`
    select a.id from agents a
    cross join lateral (select count(*)::int as open from conversations c where c.assignee_id = a.id and c.status = 'open') load
    where a.active and a.role = 'agent' and a.availability = 'online'
      and a.last_active_at >= ${activeSince.toISOString()}::timestamptz
      and (a.signed_out_at is null or a.signed_out_at < a.last_active_at)
      and load.open < ${cap}
    order by load.open asc, a.last_assigned_at asc nulls first, a.id
    limit 1`);
  return (result as unknown as { rows: { id: string }[] }).rows[0]?.id;
}
