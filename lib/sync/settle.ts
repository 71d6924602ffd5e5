import type { Db } from "@/lib/db/handle";
import { bumpConversationVersion } from "@/lib/db/queries/outbox";
import {
  claimMessage,
  conversationsWithOpenSends,
  declareMissing,
  listOpenSends,
  listUnclaimedOutbound,
  lockConversation,
  stopAwaiting,
  stopLinking,
} from "@/lib/db/queries/outbox-evidence";
import type { OutboxRow } from "@/lib/db/schema";
import { judgeSends, type OpenSend } from "./settle-rules";

/* Applies the settle rules (./settle-rules.ts) to the outbox. */

export const NOT_DELIVERED_SENTENCE =
  "Afilnet has no record of this message, so it was not sent. It is still watched for a while: if it goes out late, it shows as delivered late. Sending it again first checks with Afilnet.";

/** A send answered "sent" without an id is no longer linked to its message after this long. */
const LINK_GIVE_UP_MS = 10 * 60_000;

/** Without them (a retry looking again) no send is declared missing. */
interface Judgement {
  answerWindowMs: number;
  watchMs: number;
  /** When the pass that filled the mirror began, on the database's clock. */
  passStartedAt: Date;
}

export interface SettleOptions extends Partial<Judgement> {
  /** A send being retried, looked for although it is "sending". */
  including?: string;
}

function toOpenSend(row: OutboxRow): OpenSend {
  const attemptStartedAt = row.attemptStartedAt ?? row.attemptedAt ?? row.createdAt;
  return {
    id: row.id,
    state: row.state as OpenSend["state"],
    text: row.text,
    fileUrl: row.fileUrl,
    lookFrom: row.unknownSince ?? attemptStartedAt,
    attemptStartedAt,
    watchUntil: row.watchUntil,
  };
}

/** Settles the open sends of one conversation, one settler at a time. True when any changed. */
export async function settleConversation(db: Db, conversationId: number, options: SettleOptions): Promise<boolean> {
  return db.transaction(async (tx) => {
    const t = tx as unknown as Db;
    await lockConversation(t, conversationId);
    const rows = await listOpenSends(t, conversationId, options.answerWindowMs, options.including);
    if (rows.length === 0) return false;
    const byId = new Map(rows.map((row) => [row.id, row]));
    const sends = rows.map(toOpenSend);
    const since = new Date(Math.min(...sends.map((send) => send.lookFrom.getTime())));
    const candidates = await listUnclaimedOutbound(t, conversationId, since);
    const { passStartedAt, answerWindowMs, watchMs } = options;
    const judging = passStartedAt && answerWindowMs !== undefined && watchMs !== undefined;
    const missingBefore = judging ? new Date(passStartedAt.getTime() - answerWindowMs) : undefined;
    let changed = false;
    for (const verdict of judgeSends(sends, candidates, missingBefore)) {
      const row = byId.get(verdict.send.id) as OutboxRow;
      // A send being retried had failed, a discarded one was given up: what is found of it now went out late.
      const late = row.state === "failed" || row.state === "discarded" || row.id === options.including;
      if ("claim" in verdict) changed = (await claimMessage(t, row, verdict.claim.messageId, late)) || changed;
      // A discarded send is never failed again (nor offered for a retry): it is only watched from now on.
      else if (row.state === "discarded") changed = (await stopAwaiting(t, row, watchMs as number)) || changed;
      else changed = (await declareMissing(t, row, watchMs as number, NOT_DELIVERED_SENTENCE)) || changed;
    }
    await stopLinking(t, conversationId, LINK_GIVE_UP_MS);
    if (changed) await bumpConversationVersion(t, conversationId);
    return changed;
  });
}

/** After a complete pass: every conversation with open sends. True when any send changed. */
export async function settleSends(db: Db, options: Judgement): Promise<boolean> {
  let changed = false;
  for (const conversationId of await conversationsWithOpenSends(db, options.answerWindowMs)) {
    changed = (await settleConversation(db, conversationId, options)) || changed;
  }
  return changed;
}
