import "server-only";
import { NextResponse, type NextRequest } from "next/server";
import { z } from "zod";
import { checkAccess, type SessionAgent } from "@/lib/auth/access";
import { getSessionAgent } from "@/lib/auth/session";
import type { ErrorCode } from "@/lib/contract/errors";
import type { AgentRole } from "@/lib/db/schema";
import { log } from "@/lib/log";
import { INTERNAL_SENTENCE } from "./run-action";
import { describeZodError } from "@/lib/contract/validation";

/** The one shape of a route's refusal: a sentence for the person and a code for the program. */
export function routeError(status: number, code: ErrorCode, error: string): Response {
  return NextResponse.json({ error, code }, { status });
}

export interface RouteContext<Q> {
  agent: SessionAgent;
  query: Q;
  request: NextRequest;
  params: Record<string, string | string[]>;
}

/**
 * Every API route handler goes through here: a session (401), the role (403), the query
 * string parsed with zod (400), and unexpected failures answered with a generic 500.
 */
export function route<S extends z.ZodType = z.ZodObject<Record<string, never>>>(
  options: { role?: AgentRole; query?: S },
  handler: (context: RouteContext<z.infer<S>>) => Promise<Response>,
) {
  return async (request: NextRequest, segment: { params: Promise<Record<string, string | string[]>> }) => {
    const agent = await getSessionAgent();
    const denial = checkAccess(agent, options.role);
    if (denial) return routeError(denial.status, denial.code, denial.message);

    const raw = Object.fromEntries(request.nextUrl.searchParams.entries());
    const parsed = (options.query ?? z.object({})).safeParse(raw);
    if (!parsed.success) {
      return routeError(400, "bad_request", describeZodError(parsed.error));
    }
    try {
      const params = segment?.params ? await segment.params : {};
      return await handler({ agent: agent as SessionAgent, query: parsed.data as z.infer<S>, request, params });
    } catch (error) {
      log.error({ event: "route_failed", path: request.nextUrl.pathname, err: error }, "route handler failed");
      return routeError(500, "internal", INTERNAL_SENTENCE);
    }
  };
}
