import type { AgentRole } from "@/lib/db/schema";

export interface SessionAgent {
  id: string;
  email: string;
  name: string;
  role: AgentRole;
}

export type AccessDenial = { status: 401 | 403; code: "unauthenticated" | "forbidden"; message: string };

const DENIALS = {
  401: { status: 401, code: "unauthenticated", message: "Sign in to continue." },
  403: { status: 403, code: "forbidden", message: "This needs the supervisor role." },
} as const satisfies Record<number, AccessDenial>;

/** The one rule every page, route and action applies: a session, then the role. */
export function checkAccess(agent: SessionAgent | null, role?: AgentRole): AccessDenial | null {
  if (!agent) return DENIALS[401];
  if (role === "supervisor" && agent.role !== "supervisor") return DENIALS[403];
  return null;
}
