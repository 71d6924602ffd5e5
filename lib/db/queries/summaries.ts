import { gt, isNull, or } from "drizzle-orm";
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

/** Every conversation's summary: a process's first pass. */
export async function loadAllSummaries(db: Db): Promise<ChannelSummary[]> {
  return db.select(summaryColumns).from(conversations);
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
