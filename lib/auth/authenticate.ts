import type { Db } from "@/lib/db/handle";
import { findAgentByEmail } from "@/lib/db/queries/agents";
import type { AgentRow } from "@/lib/db/schema";
import { verifyPassword } from "./password";
import { clearEmailFailures, currentHold, DEFAULT_THROTTLE, recordFailure, throttleKeys, type ThrottlePolicy } from "./throttle";

export type AuthenticationResult =
  | { ok: true; agent: AgentRow }
  | { ok: false; reason: "invalid" }
  | { ok: false; reason: "deactivated" }
  | { ok: false; reason: "throttled" | "slowed"; retryAt: Date };

/**
 * Checks one sign-in. A wrong email and a wrong password get the same answer; a locked pair
 * or address, or a slowed email, is refused before its password is looked at.
 */
export async function authenticate(
  db: Db,
  input: { email: string; password: string; address: string; now?: Date },
  policy: ThrottlePolicy = DEFAULT_THROTTLE,
): Promise<AuthenticationResult> {
  const now = input.now ?? new Date();
  const keys = throttleKeys(input.email, input.address);
  const hold = await currentHold(db, keys, now);
  if (hold) return { ok: false, reason: hold.kind === "locked" ? "throttled" : "slowed", retryAt: hold.retryAt };

  const agent = await findAgentByEmail(db, input.email);
  const matches = await verifyPassword(input.password, agent?.passwordHash);
  if (!agent || !matches) {
    await recordFailure(db, keys, now, policy);
    return { ok: false, reason: "invalid" };
  }
  await clearEmailFailures(db, keys);
  if (!agent.active) return { ok: false, reason: "deactivated" };
  return { ok: true, agent };
}
