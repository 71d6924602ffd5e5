import { inArray, sql } from "drizzle-orm";
import type { Db } from "../handle";
import { loginAttempts } from "../schema";

/** When the sign-in for these keys may be tried again, or undefined when it may be now. */
export async function lockedUntil(db: Db, keys: string[], now: Date): Promise<Date | undefined> {
  const rows = await db.select().from(loginAttempts).where(inArray(loginAttempts.key, keys));
  const locks = rows
    .map((row) => row.lockedUntil)
    .filter((until): until is Date => until !== null && until.getTime() > now.getTime());
  if (locks.length === 0) return undefined;
  return new Date(Math.max(...locks.map((until) => until.getTime())));
}

export async function recordFailure(
  db: Db,
  keys: { email: string; address: string },
  now: Date,
  policy: { windowMs: number; lockMs: number; maxPerEmail: number; maxPerAddress: number },
): Promise<void> {
  for (const [key, max] of [
    [keys.email, policy.maxPerEmail],
    [keys.address, policy.maxPerAddress],
  ] as const) {
    const windowStart = new Date(now.getTime() - policy.windowMs);
    const lockUntil = new Date(now.getTime() + policy.lockMs);
    const at = (date: Date) => sql`${date.toISOString()}::timestamptz`;
    // One statement, so that concurrent failures cannot both read the old count.
    await db
      .insert(loginAttempts)
      .values({ key, failures: 1, windowStartedAt: now, lockedUntil: max <= 1 ? lockUntil : null })
      .onConflictDoUpdate({
        target: loginAttempts.key,
        set: {
          failures: sql`case when ${loginAttempts.windowStartedAt} < ${at(windowStart)} then 1 else ${loginAttempts.failures} + 1 end`,
          windowStartedAt: sql`case when ${loginAttempts.windowStartedAt} < ${at(windowStart)} then ${at(now)} else ${loginAttempts.windowStartedAt} end`,
          lockedUntil: sql`case when ${loginAttempts.windowStartedAt} >= ${at(windowStart)} and ${loginAttempts.failures} + 1 >= ${max} then ${at(lockUntil)} else ${loginAttempts.lockedUntil} end`,
        },
      });
  }
}

export async function clearFailures(db: Db, key: string): Promise<void> {
  await db.delete(loginAttempts).where(inArray(loginAttempts.key, [key]));
}
