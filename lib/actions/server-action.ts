import "server-only";
import type { z } from "zod";
import { getSessionAgent } from "@/lib/auth/session";
import { inArrivalOrder } from "@/lib/db/arrival";
import type { SessionAgent } from "@/lib/auth/access";
import { requestTranslator } from "./request-translator";
import { runAction, type ActionResult, type ActionSpec } from "./run-action";

export { ActionError } from "./run-action";

/**
 * Wraps a server action's body with the session, role and input checks, and speaks its
 * refusals in the request's language. Every exported action is built with it, so none can
 * forget them (a unit test fails on a bare one). Its statements reach the embedded database in
 * the request's arrival order (lib/db/arrival.ts).
 */
export function serverAction<S extends z.ZodType, T>(
  spec: ActionSpec<S>,
  handler: (input: z.infer<S>, agent: SessionAgent) => Promise<T>,
): (raw: z.input<S>) => Promise<ActionResult<T>> {
  return (raw) => inArrivalOrder(async () => runAction(await getSessionAgent(), spec, raw, handler, requestTranslator));
}
