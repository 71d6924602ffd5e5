import "server-only";
import type { JWT } from "next-auth/jwt";
import { cookies, headers } from "next/headers";
import { forbidden, redirect } from "next/navigation";
import { connection } from "next/server";
import { cache } from "react";
import { notePresence } from "@/lib/db/queries/agents";
import type { AgentRole } from "@/lib/db/schema";
import { writeAtMostEvery } from "@/lib/db/write-throttle";
import { getDb } from "@/lib/db/instance";
import { log } from "@/lib/log";
import { checkAccess, type SessionAgent } from "./access";
import { agentForClaim } from "./session-agent";
import { claimOf, readSessionToken, type TokenRequest } from "./session-token";

const presenceDue = writeAtMostEvery(60_000);

/**
 * The session token of the request being served (a page, a route, an action), read once per
 * rendered page: its layout's preferences and its own session check share it.
 */
export const requestSessionToken = cache(async (): Promise<Readonly<JWT> | null> => {
  const [headerList, cookieStore] = await Promise.all([headers(), cookies()]);
  // getToken reads any object with getAll() for cookies and a Headers for the Bearer fallback.
  return readSessionToken({ headers: headerList, cookies: cookieStore } as unknown as TokenRequest);
});

/**
 * The signed-in agent as the database knows them now: a deactivated or deleted agent, or a
 * session that was ended, has no session any more, whatever their cookie says.
 */
export async function getSessionAgent(): Promise<SessionAgent | null> {
  // Sessions belong to requests: nothing that reads one may be rendered at build time.
  await connection();
  const token = await requestSessionToken();
  if (!token) return null;
  const db = await getDb();
  const agent = await agentForClaim(db, claimOf(token));
  if (!agent) return null;
  const now = new Date();
  // Written beside the request, not before it: the write would wait its turn behind the sync's.
  if (presenceDue(agent.id, now)) {
    notePresence(db, agent.id, now).catch((error: unknown) =>
      log.warn({ event: "presence_note_failed", err: error }, "could not note that the agent is active"),
    );
  }
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
