import { asc, gt, isNull, or } from "drizzle-orm";
import type { Db } from "@/lib/db/handle";
import { conversations } from "@/lib/db/schema";

/** What the sync compares with getchats: a chat's latest message as the mirror holds it. */
export interface ConversationSummary {
  id: number;
  lastMessageId: string | null;
  lastMessageAt: Date | null;
  lastStatus: string | null;
}

export interface ChannelSummary extends ConversationSummary {
  channelId: number;
  destination: string;
}

const summaryColumns = {
  id: conversations.id,
  channelId: conversations.channelId,
  destination: conversations.destination,
  lastMessageId: conversations.lastMessageId,
  lastMessageAt: conversations.lastMessageAt,
  lastStatus: conversations.lastStatus,
};

/**
 * Rows per statement when every summary is read. On the embedded database a statement holds
 * the database alone: all 10,000 in one took 290 ms at a restart, and every poll of that
 * moment waited for it; a page of these, a reader waits for one.
 */
const SUMMARY_PAGE = 1_000;

/**
 * Every conversation's summary (a process's first pass), in pages by id. Rows that change
 * between two pages are stamped after the version the caller read before, so its next read of
 * the changes has them; a conversation created meanwhile has a larger id than any read yet.
 */
export async function loadAllSummaries(db: Db, page = SUMMARY_PAGE): Promise<ChannelSummary[]> {
  const all: ChannelSummary[] = [];
  for (let after = 0; ; ) {
    const rows = await db.select(summaryColumns).from(conversations).where(gt(conversations.id, after)).orderBy(asc(conversations.id)).limit(page);
    all.push(...rows);
    if (rows.length < page) return all;
    after = rows[rows.length - 1]!.id;
  }
}

/**
 * The summaries of the conversations changed since the mirror's version `since`: stamped
 * later, or changed and not stamped yet (lib/db/migrations/0017_conversation_changes.sql).
 * Conversations are never deleted, so these patch a copy read at `since` into today's.
 */
export async function loadChangedSummaries(db: Db, since: number): Promise<ChannelSummary[]> {
  return db
    .select(summaryColumns)
    .from(conversations)
    .where(or(isNull(conversations.changedVersion), gt(conversations.changedVersion, since)));
}
