import { eq } from "drizzle-orm";
import type { Db } from "@/lib/db/handle";
import { agents } from "@/lib/db/schema";
import { agentsWritten } from "@/lib/db/write-signal";

export interface AgentPreferences {
  locale: string | null;
  timeZone: string | null;
}

/** Saves what is given (an absent field keeps its value); answers what is saved now, or undefined for no such agent. */
export async function setAgentPreferences(db: Db, agentId: string, change: Partial<AgentPreferences>): Promise<AgentPreferences | undefined> {
  const set: Partial<AgentPreferences> = {};
  if (change.locale !== undefined) set.locale = change.locale;
  if (change.timeZone !== undefined) set.timeZone = change.timeZone;
  const rows = await db
    .update(agents)
    .set(set)
    .where(eq(agents.id, agentId))
    .returning({ locale: agents.locale, timeZone: agents.timeZone });
  agentsWritten();
  return rows[0];
}

export async function getAgentPreferences(db: Db, agentId: string): Promise<AgentPreferences | undefined> {
  const rows = await db.select({ locale: agents.locale, timeZone: agents.timeZone }).from(agents).where(eq(agents.id, agentId)).limit(1);
  return rows[0];
}
