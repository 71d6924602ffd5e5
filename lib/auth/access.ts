import type { AgentRole } from "@/lib/db/schema";

export interface SessionAgent {
  id: string;
  email: string;
  name: string;
  role: AgentRole;
}

/** A refusal, with the catalog key of its sentence (spoken by the wrappers in the request's language). */
export type AccessDenial = { status: 401 | 403; code: "unauthenticated" | "forbidden"; key: string };

const DENIALS = {
  401: { status: 401, code: "unauthenticated", key: "errors.signInToContinue" },
  403: { status: 403, code: "forbidden", key: "errors.supervisorOnly" },
} as const satisfies Record<number, AccessDenial>;

/** The one rule every page, route and action applies: a session, then the role. */
export function checkAccess(agent: SessionAgent | null, role?: AgentRole): AccessDenial | null {
  if (!agent) return DENIALS[401];
  if (role === "supervisor" && agent.role !== "supervisor") return DENIALS[403];
  return null;
}
