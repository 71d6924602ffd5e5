import { and, asc, eq, or, sql } from "drizzle-orm";
import type { Db } from "@/lib/db/handle";
import { cannedReplies, type CannedReplyRow } from "@/lib/db/schema";
import { databaseErrorCode } from "@/lib/log";

/** Another reply already has the name where it is looked up (the unique indexes of the table). */
export const DUPLICATE_NAME = "duplicate_name" as const;

type Fields = Pick<CannedReplyRow, "name" | "text" | "translations">;

const UNIQUE_VIOLATION = "23505";

/** Whether the statement failed on a unique index, that is on a name taken meanwhile. */
async function unlessDuplicate<T>(statement: () => Promise<T>): Promise<T | typeof DUPLICATE_NAME> {
  try {
    return await statement();
  } catch (error) {
    if (databaseErrorCode(error) === UNIQUE_VIOLATION) return DUPLICATE_NAME;
    throw error;
  }
}

/** The team's replies and this agent's own, by name. */
export async function listCannedReplies(db: Db, agentId: string): Promise<CannedReplyRow[]> {
  return db
    .select()
    .from(cannedReplies)
    .where(or(eq(cannedReplies.scope, "team"), and(eq(cannedReplies.scope, "personal"), eq(cannedReplies.ownerId, agentId))))
    .orderBy(asc(sql`lower(${cannedReplies.name})`), asc(cannedReplies.id));
}

export async function getCannedReply(db: Db, id: number): Promise<CannedReplyRow | undefined> {
  const rows = await db.select().from(cannedReplies).where(eq(cannedReplies.id, id));
  return rows[0];
}

/** A new reply: the team's when `ownerId` is null, else that agent's. */
export async function insertCannedReply(db: Db, ownerId: string | null, fields: Fields, agentId: string) {
  return unlessDuplicate(async () => {
    const rows = await db
      .insert(cannedReplies)
      .values({ scope: ownerId ? "personal" : "team", ownerId, ...fields, createdBy: agentId, updatedBy: agentId })
      .returning();
    return rows[0]!;
  });
}

/** Changes a reply's name, text and translations; undefined when it is gone. */
export async function updateCannedReply(db: Db, id: number, fields: Fields, agentId: string) {
  return unlessDuplicate(async () => {
    const rows = await db
      .update(cannedReplies)
      .set({ ...fields, updatedAt: new Date(), updatedBy: agentId })
      .where(eq(cannedReplies.id, id))
      .returning();
    return rows[0];
  });
}

export async function deleteCannedReply(db: Db, id: number): Promise<boolean> {
  const rows = await db.delete(cannedReplies).where(eq(cannedReplies.id, id)).returning({ id: cannedReplies.id });
  return rows.length > 0;
}
