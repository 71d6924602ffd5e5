import type { Db } from "@/lib/db/handle";
import { bumpConversationVersion, findMatchingOutbound, linkMessageToAgent, listUnresolvedSends, updateOutbox } from "@/lib/db/queries/outbox";

/** Afilnet's clock and ours may differ; a matching message may carry a slightly earlier time. */
const CLOCK_SKEW_MS = 2 * 60_000;
/** A confirmed send whose id never came back is no longer looked for after this long. */
const LINK_GIVE_UP_MS = 10 * 60_000;

export const NOT_DELIVERED_SENTENCE = "Afilnet has no record of this message: it was not sent. You can send it again.";

/**
 * After a successful pass the mirror holds everything upstream had when the pass began. An
 * unconfirmed send attempted before then (with some grace for upstream delay) either has its
 * message there, and was sent, or has not, and provably was not. A send left "sending" by a
 * process that died is treated the same once no answer can still be on its way.
 */
export async function resolveSends(db: Db, passStartedAt: Date, graceMs: number, now: Date, staleSendingMs: number): Promise<boolean> {
  let changed = false;
  for (const send of await listUnresolvedSends(db, new Date(now.getTime() - staleSendingMs))) {
    const attemptedAt = send.attemptedAt ?? send.createdAt;
    if (attemptedAt.getTime() > passStartedAt.getTime() - graceMs) continue;
    const match = await findMatchingOutbound(db, send, new Date(send.createdAt.getTime() - CLOCK_SKEW_MS));
    if (match) {
      await updateOutbox(db, send.id, { state: "sent", messageId: match.messageId, resolvedAt: now, errorCode: null, errorMessage: null });
      await linkMessageToAgent(db, send.conversationId, match.messageId, send.agentId);
    } else if (send.state === "unconfirmed" || send.state === "sending") {
      await updateOutbox(db, send.id, { state: "failed", errorCode: "NOT_DELIVERED", errorMessage: NOT_DELIVERED_SENTENCE, resolvedAt: now });
    } else if (now.getTime() - attemptedAt.getTime() > LINK_GIVE_UP_MS) {
      await updateOutbox(db, send.id, { resolvedAt: now });
      continue;
    } else {
      continue;
    }
    await bumpConversationVersion(db, send.conversationId);
    changed = true;
  }
  return changed;
}
