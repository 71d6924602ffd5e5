import { inArray, sql } from "drizzle-orm";
import type { Db } from "../handle";
import { loginAttempts } from "../schema";

export interface AttemptRow {
  key: string;
  failures: number;
  lockedUntil: Date | null;
}

/** The failure counts and holds of these keys (absent keys have none). */
export async function readAttempts(db: Db, keys: string[]): Promise<AttemptRow[]> {
  return db
    .select({ key: loginAttempts.key, failures: loginAttempts.failures, lockedUntil: loginAttempts.lockedUntil })
    .from(loginAttempts)
    .where(inArray(loginAttempts.key, keys));
}

const at = (date: Date) => sql`${date.toISOString()}::timestamptz`;

/**
 * Counts one failure for a key and answers the count within the current window (a window
 * older than `windowMs` starts again at 1). One statement, so concurrent failures cannot both
 * read the old count.
 */
export async function countFailure(db: Db, key: string, now: Date, windowMs: number): Promise<number> {
  const windowStart = at(new Date(now.getTime() - windowMs));
  const rows = await db
    .insert(loginAttempts)
    .values({ key, failures: 1, windowStartedAt: now, lockedUntil: null })
    .onConflictDoUpdate({
      target: loginAttempts.key,
      set: {
        failures: sql`case when ${loginAttempts.windowStartedAt} < ${windowStart} then 1 else ${loginAttempts.failures} + 1 end`,
        windowStartedAt: sql`case when ${loginAttempts.windowStartedAt} < ${windowStart} then ${at(now)} else ${loginAttempts.windowStartedAt} end`,
      },
    })
    .returning({ failures: loginAttempts.failures });
  return rows[0]?.failures ?? 1;
}

/** Holds a key until a time; a later hold already in place is kept. */
export async function holdUntil(db: Db, key: string, until: Date): Promise<void> {
  await db.execute(sql`
    update login_attempts set locked_until = greatest(coalesce(locked_until, ${at(until)}), ${at(until)})
    where key = ${key}`);
}

export async function clearFailures(db: Db, keys: string[]): Promise<void> {
  await db.delete(loginAttempts).where(inArray(loginAttempts.key, keys));
}
