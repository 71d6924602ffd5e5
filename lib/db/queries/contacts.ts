import { and, desc, eq, ne, sql } from "drizzle-orm";
import type { Db } from "@/lib/db/handle";
import { channels, contacts, conversations, type ContactRow } from "@/lib/db/schema";
import { syncStateWritten } from "@/lib/db/write-signal";
import { bumpMirrorVersion } from "./sync-state";

export async function getContact(db: Db, destination: string): Promise<ContactRow | undefined> {
  const rows = await db.select().from(contacts).where(eq(contacts.destination, destination));
  return rows[0];
}

/**
 * Sets a contact's name and note; every conversation with that destination shows the change
 * (their versions move, and the mirror's, so that open lists and threads poll it in).
 */
export async function saveContact(db: Db, destination: string, fields: { displayName: string | null; note: string }, agentId: string): Promise<void> {
  await db.transaction(async (tx) => {
    const t = tx as unknown as Db;
    const values = { displayName: fields.displayName, note: fields.note, updatedAt: new Date(), updatedBy: agentId };
    await t.insert(contacts).values({ destination, ...values }).onConflictDoUpdate({ target: contacts.destination, set: values });
    await t
      .update(conversations)
      .set({ version: sql`${conversations.version} + 1` })
      .where(eq(conversations.destination, destination));
    await bumpMirrorVersion(t);
  });
  // Told again once committed: a read between the bump and the commit saw the old version.
  syncStateWritten();
}

export interface OtherChat {
  conversationId: number;
  platform: string;
  channelName: string;
  status: string;
  lastMessageAt: Date | null;
}

/** The same customer's other conversations: the same destination on other channels. */
export async function otherChats(db: Db, destination: string, exceptId: number): Promise<OtherChat[]> {
  return db
    .select({
      conversationId: conversations.id,
      platform: channels.platform,
      channelName: channels.name,
      status: conversations.status,
      lastMessageAt: conversations.lastMessageAt,
    })
    .from(conversations)
    .innerJoin(channels, eq(channels.id, conversations.channelId))
    .where(and(eq(conversations.destination, destination), ne(conversations.id, exceptId)))
    .orderBy(desc(conversations.lastMessageAt))
    .limit(20);
}
