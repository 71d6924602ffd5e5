import type { Db } from "@/lib/db/handle";

/*
 * The sync knows no domain, but the domain's rules for conversations as work (lib/inbox/
 * work-rules.ts) must run where the mirror changes: the composition root (lib/start.ts) hands
 * them to the loop through this interface.
 */

export interface StoredChat {
  conversationId: number;
  /** The conversation did not exist before this pass. */
  created: boolean;
}

export interface WorkRules {
  /** After a pass stored changed chats; true when any conversation's work state changed. */
  afterChatsStored(db: Db, chats: StoredChat[], now: Date): Promise<boolean>;
  /** The rules that follow the clock (snoozes, idle pending); true when anything changed. */
  applyTimedRules(db: Db, now: Date): Promise<boolean>;
}
