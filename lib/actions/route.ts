import "server-only";
import { NextResponse, type NextRequest } from "next/server";
import { z } from "zod";
import { checkAccess, type SessionAgent } from "@/lib/auth/access";
import { getSessionAgent } from "@/lib/auth/session";
import type { ErrorCode } from "@/lib/contract/errors";
import { speak, type Sentence, type SentenceValues } from "@/lib/contract/sentence";
import { describeZodError } from "@/lib/contract/validation";
import { inArrivalOrder } from "@/lib/db/arrival";
import type { AgentRole } from "@/lib/db/schema";
import { log } from "@/lib/log";
import { DATABASE_REFUSAL, isDataException, textProblem } from "./input-guard";
import { requestTranslator } from "./request-translator";
import { INTERNAL_SENTENCE } from "./run-action";

/** Every answer to a signed-in request is one person's: no shared cache may keep it. */
const PRIVATE = "private, no-store";

function refusal(status: number, code: ErrorCode, error: string): Response {
  return NextResponse.json({ error, code }, { status, headers: { "Cache-Control": PRIVATE } });
}

/**
 * The one shape of a route's refusal: a sentence for the person, spoken from its catalog key
 * in the request's language, and a code for the program.
 */
export async function routeError(status: number, code: ErrorCode, key: string, values?: SentenceValues): Promise<Response> {
  return refused(status, code, { key, values });
}

async function refused(status: number, code: ErrorCode, sentence: Sentence): Promise<Response> {
  return refusal(status, code, speak(await requestTranslator(), sentence));
}

export interface RouteContext<Q> {
  agent: SessionAgent;
  query: Q;
  request: NextRequest;
  params: Record<string, string | string[]>;
}

function keptPrivate(response: Response): Response {
  const cacheControl = response.headers.get("Cache-Control");
  if (!cacheControl?.includes("private")) response.headers.set("Cache-Control", cacheControl ? `private, ${cacheControl}` : PRIVATE);
  return response;
}

/**
 * Every API route handler goes through here: a session (401), the role (403), the query
 * string and path checked for what no route takes (a NUL, see input-guard.ts) and parsed with
 * zod (400), and unexpected failures answered with a generic 500. Answers are private. Its
 * statements reach the embedded database in the request's arrival order (lib/db/arrival.ts).
 */
export function route<S extends z.ZodType = z.ZodObject<Record<string, never>>>(
  options: { role?: AgentRole; query?: S },
  handler: (context: RouteContext<z.infer<S>>) => Promise<Response>,
) {
  return (request: NextRequest, segment: { params: Promise<Record<string, string | string[]>> }) => inArrivalOrder(() => answerRoute(request, segment, options, handler));
}

async function answerRoute<S extends z.ZodType>(
  request: NextRequest,
  segment: { params: Promise<Record<string, string | string[]>> },
  options: { role?: AgentRole; query?: S },
  handler: (context: RouteContext<z.infer<S>>) => Promise<Response>,
): Promise<Response> {
  const agent = await getSessionAgent();
  const denial = checkAccess(agent, options.role);
  if (denial) return routeError(denial.status, denial.code, denial.key);

  const raw = Object.fromEntries(request.nextUrl.searchParams.entries());
  const params = segment?.params ? await segment.params : {};
  const problem = textProblem(raw) ?? textProblem(params);
  if (problem) return refused(400, "bad_request", problem);
  const parsed = (options.query ?? z.object({})).safeParse(raw);
  if (!parsed.success) {
    return refusal(400, "bad_request", describeZodError(parsed.error, await requestTranslator()));
  }
  try {
    return keptPrivate(await handler({ agent: agent as SessionAgent, query: parsed.data as z.infer<S>, request, params }));
  } catch (error) {
    if (isDataException(error)) {
      log.warn({ event: "route_refused_by_database", path: request.nextUrl.pathname, err: error }, "the database refused a route's value");
      return routeError(400, "bad_request", DATABASE_REFUSAL);
    }
    log.error({ event: "route_failed", path: request.nextUrl.pathname, err: error }, "route handler failed");
    return routeError(500, "internal", INTERNAL_SENTENCE);
  }
}
