import { asc, eq, sql } from "drizzle-orm";
import type { Db } from "@/lib/db/handle";
import { agentsWritten } from "@/lib/db/write-signal";
import { agents, type AgentRole, type AgentRow } from "@/lib/db/schema";

export function normaliseEmail(email: string): string {
  return email.trim().toLowerCase();
}

export async function findAgentByEmail(db: Db, email: string): Promise<AgentRow | undefined> {
  const rows = await db
    .select()
    .from(agents)
    .where(sql`lower(${agents.email}) = ${normaliseEmail(email)}`)
    .limit(1);
  return rows[0];
}

export async function getAgentById(db: Db, id: string): Promise<AgentRow | undefined> {
  // A token from an older deployment could carry a non-uuid id; Postgres would reject it.
  if (!/^[0-9a-f-]{36}$/i.test(id)) return undefined;
  const rows = await db.select().from(agents).where(eq(agents.id, id)).limit(1);
  return rows[0];
}

export async function listAgents(db: Db): Promise<AgentRow[]> {
  return db.select().from(agents).orderBy(asc(agents.displayName), asc(agents.email));
}

export async function countAgents(db: Db): Promise<number> {
  const rows = await db.select({ count: sql<number>`count(*)::int` }).from(agents);
  return rows[0]?.count ?? 0;
}

export class DuplicateEmailError extends Error {
  constructor(email: string) {
    super(`An agent with the email ${email} already exists.`);
    this.name = "DuplicateEmailError";
  }
}

export async function createAgent(
  db: Db,
  input: { email: string; displayName: string; passwordHash: string; role: AgentRole },
): Promise<AgentRow> {
  const email = normaliseEmail(input.email);
  const rows = await db
    .insert(agents)
    .values({ ...input, email })
    .onConflictDoNothing()
    .returning();
  const row = rows[0];
  if (!row) throw new DuplicateEmailError(email);
  agentsWritten();
  return row;
}

// Every change below that must end old sessions moves the version in the same statement.
const nextSessionVersion = sql`${agents.sessionVersion} + 1`;

/** Deactivating ends the agent's sessions; reactivating does not bring them back. */
export async function setAgentActive(db: Db, id: string, active: boolean): Promise<AgentRow | undefined> {
  const rows = await db
    .update(agents)
    .set(active ? { active } : { active, sessionVersion: nextSessionVersion })
    .where(eq(agents.id, id))
    .returning();
  agentsWritten();
  return rows[0];
}

/** A new password ends every session signed in with the old one. */
export async function setAgentPasswordHash(db: Db, id: string, passwordHash: string): Promise<boolean> {
  const rows = await db
    .update(agents)
    .set({ passwordHash, sessionVersion: nextSessionVersion })
    .where(eq(agents.id, id))
    .returning({ id: agents.id });
  agentsWritten();
  return rows.length > 0;
}

/** A new role ends the agent's sessions, so that no token keeps the old one. */
export async function setAgentRole(db: Db, id: string, role: AgentRole): Promise<AgentRow | undefined> {
  const rows = await db
    .update(agents)
    .set({ role, sessionVersion: nextSessionVersion })
    .where(eq(agents.id, id))
    .returning();
  agentsWritten();
  return rows[0];
}

const PRESENCE_EVERY_MS = 60_000;

/** Notes an authenticated request; written at most once a minute per agent. */
export async function notePresence(db: Db, agentId: string, now: Date): Promise<void> {
  await db.execute(sql`
    update agents set last_active_at = ${now.toISOString()}::timestamptz
    where id = ${agentId} and (last_active_at is null or last_active_at < ${new Date(now.getTime() - PRESENCE_EVERY_MS).toISOString()}::timestamptz)`);
}

/** Signing out ends the agent's sessions everywhere, and leaves the "active now" list. */
export async function noteSignOut(db: Db, agentId: string, now: Date): Promise<void> {
  if (!/^[0-9a-f-]{36}$/i.test(agentId)) return;
  await db.update(agents).set({ signedOutAt: now, sessionVersion: nextSessionVersion }).where(eq(agents.id, agentId));
  agentsWritten();
}

