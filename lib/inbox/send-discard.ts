import type { Db } from "@/lib/db/handle";
import { bumpConversationVersion, getOutbox, transitionOutbox } from "@/lib/db/queries/outbox";
import { lockConversation } from "@/lib/db/queries/outbox-evidence";
import { bumpMirrorVersion } from "@/lib/db/queries/sync-state";
import type { AgentRole, OutboxRow } from "@/lib/db/schema";
import { SendError, type SendDeps } from "./send";

/** Who asks to discard a send: only its sender or a supervisor may. */
export interface Discarder {
  id: string;
  role: AgentRole;
}

export const DISCARD_FORBIDDEN_SENTENCE = "errors.discardForbidden";
export const NOT_DISCARDABLE_SENTENCE = "errors.notDiscardable";

/**
 * Drops a failed or unconfirmed send; its text goes back to the composer in the browser. It is
 * never sent again. An unconfirmed one stays for the sync to judge (lib/sync/settle-rules.ts,
 * rule 6): had Afilnet carried it out, its message shows in the thread as the agent's.
 */
export async function discardSend(deps: SendDeps, clientId: string, by: Discarder): Promise<OutboxRow> {
  const now = (deps.now ?? (() => new Date()))();
  const known = await getOutbox(deps.db, clientId);
  if (!known) throw new SendError("not_found", "errors.sendGone");
  const row = await deps.db.transaction(async (tx) => {
    const db = tx as unknown as Db;
    // The settler holds the conversation while it judges: a discard never lands half-way through a verdict.
    await lockConversation(db, known.conversationId);
    const send = (await getOutbox(db, clientId)) as OutboxRow;
    if (send.agentId !== by.id && by.role !== "supervisor") throw new SendError("forbidden", DISCARD_FORBIDDEN_SENTENCE);
    // An unconfirmed send is not watched yet: the sync's verdict on it is still due.
    const watch = send.state === "unconfirmed" ? { watchUntil: null } : {};
    const discarded = await transitionOutbox(db, clientId, ["failed", "unconfirmed"], { state: "discarded", resolvedAt: now, ...watch });
    if (!discarded) throw new SendError("not_retryable", NOT_DISCARDABLE_SENTENCE);
    // Every open copy of the thread drops it (its ETag follows the conversation's version), and
    // every list its row's mark and the failed count (their ETag follows the mirror's).
    await bumpConversationVersion(db, discarded.conversationId);
    return discarded;
  });
  await bumpMirrorVersion(deps.db);
  return row;
}
