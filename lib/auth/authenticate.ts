import type { Db } from "@/lib/db/handle";
import { findAgentByEmail } from "@/lib/db/queries/agents";
import type { AgentRow } from "@/lib/db/schema";
import { verifyPassword } from "./password";
import { clearFailures, DEFAULT_THROTTLE, lockedUntil, recordFailure, throttleKeys, type ThrottlePolicy } from "./throttle";

export type AuthenticationResult =
  | { ok: true; agent: AgentRow }
  | { ok: false; reason: "invalid" }
  | { ok: false; reason: "deactivated" }
  | { ok: false; reason: "throttled"; retryAt: Date };

/**
 * Checks one sign-in. A wrong email and a wrong password get the same answer; a throttled
 * email or address is refused before its password is looked at.
 */
export async function authenticate(
  db: Db,
  input: { email: string; password: string; address: string; now?: Date },
  policy: ThrottlePolicy = DEFAULT_THROTTLE,
): Promise<AuthenticationResult> {
  const now = input.now ?? new Date();
  const keys = throttleKeys(input.email, input.address);
  const retryAt = await lockedUntil(db, [keys.email, keys.address], now);
  if (retryAt) return { ok: false, reason: "throttled", retryAt };

  const agent = await findAgentByEmail(db, input.email);
  const matches = await verifyPassword(input.password, agent?.passwordHash);
  if (!agent || !matches) {
    await recordFailure(db, keys, now, policy);
    return { ok: false, reason: "invalid" };
  }
  await clearFailures(db, keys.email);
  if (!agent.active) return { ok: false, reason: "deactivated" };
  return { ok: true, agent };
}
