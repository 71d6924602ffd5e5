import type { z } from "zod";
import { checkAccess, type SessionAgent } from "@/lib/auth/access";
import type { ActionResult, ErrorCode } from "@/lib/contract/errors";
import { speak, type Sentence, type SentenceValues, type Translator } from "@/lib/contract/sentence";
import { describeZodError } from "@/lib/contract/validation";
import type { AgentRole } from "@/lib/db/schema";
import { log } from "@/lib/log";
import { DATABASE_REFUSAL, inputProblem, isDataException } from "./input-guard";

export type { ActionResult } from "@/lib/contract/errors";

/**
 * An expected failure a handler reports to the person, e.g. "not_found", with the catalog key
 * of its sentence (and the key's values): the wrapper speaks it in the request's language.
 */
export class ActionError extends Error {
  constructor(
    readonly code: Exclude<ErrorCode, "internal">,
    readonly key: string,
    readonly values?: SentenceValues,
  ) {
    super(key);
    this.name = "ActionError";
  }
}

export interface ActionSpec<S extends z.ZodType> {
  name: string;
  role?: AgentRole;
  input: S;
}

export const INTERNAL_SENTENCE = "errors.internal";

/** The request's translator, asked for only when there is something to say. */
export type TranslatorSource = () => Translator | Promise<Translator>;

/**
 * The checks every server action makes, in order: session, role, the shared input bounds
 * (input-guard.ts), the action's schema, then the handler. Refusals are spoken with the
 * translator it is given. Kept free of Next's request APIs so that it can be exercised directly.
 */
export async function runAction<S extends z.ZodType, T>(
  agent: SessionAgent | null,
  spec: ActionSpec<S>,
  raw: unknown,
  handler: (input: z.infer<S>, agent: SessionAgent) => Promise<T>,
  translator: TranslatorSource,
): Promise<ActionResult<T>> {
  const refuse = async (code: ErrorCode, sentence: Sentence): Promise<ActionResult<T>> => ({ ok: false, code, message: speak(await translator(), sentence) });
  const denial = checkAccess(agent, spec.role);
  if (denial) return refuse(denial.code, { key: denial.key });
  const problem = inputProblem(raw);
  if (problem) return refuse("bad_request", problem);
  const parsed = spec.input.safeParse(raw);
  if (!parsed.success) return { ok: false, code: "bad_request", message: describeZodError(parsed.error, await translator()) };
  try {
    return { ok: true, data: await handler(parsed.data, agent as SessionAgent) };
  } catch (error) {
    if (error instanceof ActionError) return refuse(error.code, { key: error.key, values: error.values });
    if (isDataException(error)) {
      log.warn({ event: "action_refused_by_database", action: spec.name, agentId: agent?.id, err: error }, "the database refused an action's value");
      return refuse("bad_request", { key: DATABASE_REFUSAL });
    }
    log.error({ event: "action_failed", action: spec.name, agentId: agent?.id, err: error }, "server action failed");
    return refuse("internal", { key: INTERNAL_SENTENCE });
  }
}
