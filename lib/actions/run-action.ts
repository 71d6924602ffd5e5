import type { z } from "zod";
import { checkAccess, type SessionAgent } from "@/lib/auth/access";
import type { ActionResult, ErrorCode } from "@/lib/contract/errors";
import { describeZodError } from "@/lib/contract/validation";
import type { AgentRole } from "@/lib/db/schema";
import { log } from "@/lib/log";
import { DATABASE_REFUSAL, inputProblem, isDataException } from "./input-guard";

export type { ActionResult } from "@/lib/contract/errors";

/** An expected failure a handler reports to the person, e.g. "not_found". */
export class ActionError extends Error {
  constructor(
    readonly code: Exclude<ErrorCode, "internal">,
    message: string,
  ) {
    super(message);
    this.name = "ActionError";
  }
}

export interface ActionSpec<S extends z.ZodType> {
  name: string;
  role?: AgentRole;
  input: S;
}

export const INTERNAL_SENTENCE = "Something went wrong on the server. Try again.";

/**
 * The checks every server action makes, in order: session, role, the shared input bounds
 * (input-guard.ts), the action's schema, then the handler.
 * Kept free of Next's request APIs so that it can be exercised directly.
 */
export async function runAction<S extends z.ZodType, T>(
  agent: SessionAgent | null,
  spec: ActionSpec<S>,
  raw: unknown,
  handler: (input: z.infer<S>, agent: SessionAgent) => Promise<T>,
): Promise<ActionResult<T>> {
  const denial = checkAccess(agent, spec.role);
  if (denial) return { ok: false, code: denial.code, message: denial.message };
  const problem = inputProblem(raw);
  if (problem) return { ok: false, code: "bad_request", message: problem };
  const parsed = spec.input.safeParse(raw);
  if (!parsed.success) return { ok: false, code: "bad_request", message: describeZodError(parsed.error) };
  try {
    return { ok: true, data: await handler(parsed.data, agent as SessionAgent) };
  } catch (error) {
    if (error instanceof ActionError) return { ok: false, code: error.code, message: error.message };
    if (isDataException(error)) {
      log.warn({ event: "action_refused_by_database", action: spec.name, agentId: agent?.id, err: error }, "the database refused an action's value");
      return { ok: false, code: "bad_request", message: DATABASE_REFUSAL };
    }
    log.error({ event: "action_failed", action: spec.name, agentId: agent?.id, err: error }, "server action failed");
    return { ok: false, code: "internal", message: INTERNAL_SENTENCE };
  }
}
