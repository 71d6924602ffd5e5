/*
 * The sign-in throttle's policy; the counting is in lib/db/queries/login-attempts.ts.
 *
 * Three counts, so that nobody can shut an agent out by failing on their email:
 * - one email from one address: locked after a few failures (a guesser at one machine);
 * - one address, whatever the emails: locked after more (a guesser trying many accounts);
 * - one email from anywhere: past a higher count, every further try waits a delay that
 *   doubles with each failure up to a cap. Slowed, never locked, so the owner always gets in.
 */
import type { Db } from "@/lib/db/handle";
import { clearFailures, countFailure, holdUntil, readAttempts } from "@/lib/db/queries/login-attempts";

export interface ThrottlePolicy {
  windowMs: number;
  lockMs: number;
  /** Failures for one email from one address that lock that pair. */
  maxPerPair: number;
  /** Failures from one address, over any emails, that lock the address. */
  maxPerAddress: number;
  /** Failures for one email, from any address, past which its sign-ins are slowed. */
  maxPerEmail: number;
  /** The first delay past maxPerEmail; it doubles with each further failure up to maxDelayMs. */
  baseDelayMs: number;
  maxDelayMs: number;
}

export const DEFAULT_THROTTLE: ThrottlePolicy = {
  windowMs: 15 * 60_000,
  lockMs: 15 * 60_000,
  maxPerPair: 5,
  maxPerAddress: 20,
  maxPerEmail: 10,
  baseDelayMs: 1_000,
  maxDelayMs: 30_000,
};

export interface ThrottleKeys {
  email: string;
  address: string;
  pair: string;
}

export function throttleKeys(email: string, address: string): ThrottleKeys {
  const normal = email.trim().toLowerCase();
  return { email: `email:${normal}`, address: `addr:${address}`, pair: `pair:${normal}|${address}` };
}

export type Hold = { kind: "locked" | "slowed"; retryAt: Date };

/** Whether a sign-in for these keys must wait: a lock (pair or address) before a slow-down (email). */
export async function currentHold(db: Db, keys: ThrottleKeys, now: Date): Promise<Hold | undefined> {
  const rows = await readAttempts(db, [keys.email, keys.address, keys.pair]);
  const until = (key: string) => {
    const time = rows.find((row) => row.key === key)?.lockedUntil?.getTime() ?? 0;
    return time > now.getTime() ? time : 0;
  };
  const locked = Math.max(until(keys.pair), until(keys.address));
  if (locked) return { kind: "locked", retryAt: new Date(locked) };
  const slowed = until(keys.email);
  return slowed ? { kind: "slowed", retryAt: new Date(slowed) } : undefined;
}

export async function recordFailure(db: Db, keys: ThrottleKeys, now: Date, policy: ThrottlePolicy = DEFAULT_THROTTLE): Promise<void> {
  const lockUntil = new Date(now.getTime() + policy.lockMs);
  for (const [key, max] of [
    [keys.pair, policy.maxPerPair],
    [keys.address, policy.maxPerAddress],
  ] as const) {
    if ((await countFailure(db, key, now, policy.windowMs)) >= max) await holdUntil(db, key, lockUntil);
  }
  const emailFailures = await countFailure(db, keys.email, now, policy.windowMs);
  if (emailFailures >= policy.maxPerEmail) {
    const delay = Math.min(policy.baseDelayMs * 2 ** (emailFailures - policy.maxPerEmail), policy.maxDelayMs);
    await holdUntil(db, keys.email, new Date(now.getTime() + delay));
  }
}

/** A success forgets this email's failures; the address keeps its count (it may be guessing others). */
export function clearEmailFailures(db: Db, keys: ThrottleKeys): Promise<void> {
  return clearFailures(db, [keys.email, keys.pair]);
}
