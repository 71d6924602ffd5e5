/*
 * The sign-in throttle's policy. The counting itself is one atomic upsert per key, in
 * lib/db/queries/login-attempts.ts.
 */
import type { Db } from "@/lib/db/handle";
import { clearFailures, lockedUntil, recordFailure as recordFailureRow } from "@/lib/db/queries/login-attempts";

export { clearFailures, lockedUntil };

export interface ThrottlePolicy {
  windowMs: number;
  lockMs: number;
  maxPerEmail: number;
  maxPerAddress: number;
}

/** Five wrong passwords for one email, or twenty from one address, in 15 minutes lock 15 minutes. */
export const DEFAULT_THROTTLE: ThrottlePolicy = {
  windowMs: 15 * 60_000,
  lockMs: 15 * 60_000,
  maxPerEmail: 5,
  maxPerAddress: 20,
};

export function throttleKeys(email: string, address: string): { email: string; address: string } {
  return { email: `email:${email.trim().toLowerCase()}`, address: `addr:${address}` };
}

export function recordFailure(db: Db, keys: { email: string; address: string }, now: Date, policy: ThrottlePolicy = DEFAULT_THROTTLE) {
  return recordFailureRow(db, keys, now, policy);
}
