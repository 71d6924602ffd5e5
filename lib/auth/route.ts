import "server-only";
import { NextResponse, type NextRequest } from "next/server";
import { z } from "zod";
import type { AgentRole } from "@/lib/db/schema";
import { log } from "@/lib/log";
import { describeZodError } from "@/lib/validation";
import { checkAccess, type SessionAgent } from "./access";
import { getSessionAgent } from "./session";

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
    if (denial) return NextResponse.json({ error: denial.message, code: denial.code }, { status: denial.status });

    const raw = Object.fromEntries(request.nextUrl.searchParams.entries());
    const parsed = (options.query ?? z.object({})).safeParse(raw);
    if (!parsed.success) {
      return NextResponse.json({ error: describeZodError(parsed.error), code: "bad_request" }, { status: 400 });
    }
    try {
      const params = segment?.params ? await segment.params : {};
      return await handler({ agent: agent as SessionAgent, query: parsed.data as z.infer<S>, request, params });
    } catch (error) {
      log.error({ event: "route_failed", path: request.nextUrl.pathname, err: error }, "route handler failed");
      return NextResponse.json({ error: "Something went wrong on the server. Try again.", code: "internal" }, { status: 500 });
    }
  };
}
