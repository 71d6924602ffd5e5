import { AfilnetApiError, type AfilnetClient, type Platform } from "@/lib/afilnet";
import type { Db } from "@/lib/db/handle";
import { upsertMessages } from "@/lib/db/queries/mirror";
import { bumpConversationVersion, getSendTarget } from "@/lib/db/queries/outbox";
import { bumpMirrorVersion } from "@/lib/db/queries/sync-state";
import { toMirrorMessage } from "./messages";
import { settleConversation } from "./settle";

/**
 * Before a send whose earlier attempt is unaccounted for goes out again: one getmessages of
 * its chat, stored in the mirror, then the settle rules for that conversation with the send
 * included. Only the messages are stored: the conversation's summary is left to the next
 * pass, which then runs everything that follows new messages. Afilnet's errors propagate:
 * without this look the send must not go out again.
 */
export async function lookAgainBeforeRetry(db: Db, client: AfilnetClient, conversationId: number, sendId: string): Promise<void> {
  const target = await getSendTarget(db, conversationId);
  if (!target) return;
  const input = { platform: target.platform as Platform, platformId: target.platformId, destination: target.destination };
  let history;
  try {
    history = await client.getMessages(input);
  } catch (error) {
    // No chat upstream: nothing of ours can be in it.
    if (error instanceof AfilnetApiError && error.code === "CHAT_NOT_FOUND") return;
    throw error;
  }
  if (history.length > 0) {
    await upsertMessages(db, conversationId, history.map(toMirrorMessage));
    await bumpConversationVersion(db, conversationId);
    await bumpMirrorVersion(db);
  }
  await settleConversation(db, conversationId, { including: sendId });
}
