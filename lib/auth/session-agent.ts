import type { Db } from "@/lib/db/handle";
import { getAgentById } from "@/lib/db/queries/agents";
import type { AgentRow } from "@/lib/db/schema";

/** What a session token claims: who, and which of their session versions it was issued under. */
export interface SessionClaim {
  agentId?: unknown;
  sessionVersion?: unknown;
}

/**
 * The agent a session token stands for, as the database knows them now, or undefined: a
 * deactivated or deleted agent, or a token issued before the agent's sessions were ended
 * (sign-out, password change, deactivation, role change), has no session any more.
 */
export async function agentForClaim(db: Db, claim: SessionClaim): Promise<AgentRow | undefined> {
  if (typeof claim.agentId !== "string" || typeof claim.sessionVersion !== "number") return undefined;
  const agent = await getAgentById(db, claim.agentId);
  if (!agent?.active || agent.sessionVersion !== claim.sessionVersion) return undefined;
  return agent;
}
