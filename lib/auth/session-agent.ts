import type { Db } from "@/lib/db/handle";
import { getAgentById } from "@/lib/db/queries/agents";
import type { AgentRow } from "@/lib/db/schema";
import { onAgentsWritten } from "@/lib/db/write-signal";
import { KeptRead } from "@/lib/kept-read";

/** What a session token claims: who, and which of their session versions it was issued under. */
export interface SessionClaim {
  agentId?: unknown;
  sessionVersion?: unknown;
}

/**
 * How long one read of an agent's row answers that agent's requests as it is, and how long it
 * may still answer while a new read runs in the background. Every poll of every agent checked
 * the row in the database, and on the embedded database each such read waited in line behind
 * the sync's writes. Any write of an agent by this process (deactivation, a new password or
 * role, sign-out, preferences) drops every kept row at once; only another instance's change
 * can take up to AGENT_ROW_STALE_MS to be seen.
 */
export const AGENT_ROW_FRESH_MS = 1_000;
export const AGENT_ROW_STALE_MS = 2_000;

const holder = globalThis as typeof globalThis & { __sessionAgentRows?: Map<string, { db: Db; read: KeptRead<AgentRow | undefined> }> };

function keptRows() {
  if (!holder.__sessionAgentRows) {
    const rows = new Map<string, { db: Db; read: KeptRead<AgentRow | undefined> }>();
    onAgentsWritten(() => rows.clear());
    holder.__sessionAgentRows = rows;
  }
  return holder.__sessionAgentRows;
}

/** The agent's row, read about once per AGENT_ROW_FRESH_MS for all of their requests. */
function agentRow(db: Db, agentId: string): Promise<AgentRow | undefined> {
  const rows = keptRows();
  let kept = rows.get(agentId);
  if (kept?.db !== db) {
    kept = { db, read: new KeptRead(() => getAgentById(db, agentId), AGENT_ROW_FRESH_MS, AGENT_ROW_STALE_MS) };
    rows.set(agentId, kept);
  }
  return kept.read.get();
}

/**
 * The agent a session token stands for, as the database knows them now (within
 * AGENT_ROW_STALE_MS), or undefined: a deactivated or deleted agent, or a token issued before
 * the agent's sessions were ended (sign-out, password change, deactivation, role change), has
 * no session any more.
 */
export async function agentForClaim(db: Db, claim: SessionClaim): Promise<AgentRow | undefined> {
  if (typeof claim.agentId !== "string" || typeof claim.sessionVersion !== "number") return undefined;
  const agent = await agentRow(db, claim.agentId);
  if (!agent?.active || agent.sessionVersion !== claim.sessionVersion) return undefined;
  return agent;
}
