import "server-only";
import { getServerSession } from "next-auth";
import { forbidden, redirect } from "next/navigation";
import { connection } from "next/server";
import { notePresence } from "@/lib/db/queries/agents";
import type { AgentRole } from "@/lib/db/schema";
import { writeAtMostEvery } from "@/lib/db/write-throttle";
import { getDb } from "@/lib/db/instance";
import { checkAccess, type SessionAgent } from "./access";
import { getAuthOptions } from "./options";
import { agentForClaim } from "./session-agent";

const presenceDue = writeAtMostEvery(60_000);

/**
 * The signed-in agent as the database knows them now: a deactivated or deleted agent, or a
 * session that was ended, has no session any more, whatever their cookie says.
 */
export async function getSessionAgent(): Promise<SessionAgent | null> {
  // Sessions belong to requests: nothing that reads one may be rendered at build time.
  await connection();
  const session = await getServerSession(getAuthOptions());
  if (!session?.user) return null;
  const db = await getDb();
  const agent = await agentForClaim(db, { agentId: session.user.id, sessionVersion: session.user.sessionVersion });
  if (!agent) return null;
  const now = new Date();
  if (presenceDue(agent.id, now)) await notePresence(db, agent.id, now);
  return { id: agent.id, email: agent.email, name: agent.displayName, role: agent.role };
}

/** For pages: the agent, or a redirect to sign-in, or the 403 page. */
export async function requirePageAgent(role?: AgentRole): Promise<SessionAgent> {
  const agent = await getSessionAgent();
  const denial = checkAccess(agent, role);
  if (denial?.status === 401) redirect("/login?reason=signed-out");
  if (denial?.status === 403) forbidden();
  return agent as SessionAgent;
}
