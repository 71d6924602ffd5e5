import "server-only";
import type { z } from "zod";
import { runAction, type ActionResult, type ActionSpec } from "./action";
import type { SessionAgent } from "./access";
import { getSessionAgent } from "./session";

/**
 * Wraps a server action's body with the session, role and input checks. Every exported
 * action is built with it, so none can forget them.
 */
export function serverAction<S extends z.ZodType, T>(
  spec: ActionSpec<S>,
  handler: (input: z.infer<S>, agent: SessionAgent) => Promise<T>,
): (raw: z.input<S>) => Promise<ActionResult<T>> {
  return async (raw) => runAction(await getSessionAgent(), spec, raw, handler);
}
