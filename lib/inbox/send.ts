import { AfilnetApiError, AfilnetTransportError, type AfilnetClient, type Platform } from "@/lib/afilnet";
import type { Db } from "@/lib/db/handle";
import { upsertMessages } from "@/lib/db/queries/mirror";
import { recountConversation, setLatestMessage } from "@/lib/db/queries/chat-summary";
import {
  beginRetry,
  bumpConversationVersion,
  getOutbox,
  getSendTarget,
  insertOutbox,
  linkMessageToAgent,
  markOutcomeUnknown,
  startAttempt,
  transitionOutbox,
  updateOutbox,
} from "@/lib/db/queries/outbox";
import { lockConversation, releaseClaims } from "@/lib/db/queries/outbox-evidence";
import { bumpMirrorVersion } from "@/lib/db/queries/sync-state";
import type { OutboxRow } from "@/lib/db/schema";
import { lookAgainBeforeRetry } from "@/lib/sync/look-again";
import { NOT_DELIVERED_SENTENCE } from "@/lib/sync/settle";
import { log, type Logger } from "@/lib/log";
import { markConversationSeen } from "./unread";
import { assignOnReply } from "./work";

export interface SendDeps {
  db: Db;
  client: AfilnetClient;
  now?: () => Date;
  logger?: Logger;
}

export type SendRequest = { clientId: string; conversationId: number } & (
  | { kind: "text"; text: string }
  | { kind: "file"; type: string; fileUrl: string; thumbUrl?: string; caption?: string }
);

/** A refusal of a send; its message is the catalog key of the sentence the person reads. */
export class SendError extends Error {
  constructor(
    readonly code: "not_found" | "conflict" | "not_retryable" | "forbidden",
    key: string,
  ) {
    super(key);
  }
}

export const UNCONFIRMED_SENTENCE =
  "Afilnet did not confirm this message. The sync looks for it upstream; it can be sent again only once it is known not to have gone out.";
export const NOT_CHECKED_SENTENCE =
  "Afilnet could not be asked whether this message already went out, so it was not sent again. Try again in a moment.";

/**
 * Records the send under the browser's id, then makes one attempt. Submitting the same id
 * again returns the recorded send and sends nothing: a double click cannot double a message.
 */
export async function sendFromInbox(deps: SendDeps, agentId: string, request: SendRequest): Promise<OutboxRow> {
  if (!(await getSendTarget(deps.db, request.conversationId))) throw new SendError("not_found", "errors.conversationGone");
  const { row, created } = await insertOutbox(deps.db, {
    id: request.clientId,
    conversationId: request.conversationId,
    agentId,
    text: request.kind === "text" ? request.text : (request.caption ?? ""),
    fileType: request.kind === "file" ? request.type : null,
    fileUrl: request.kind === "file" ? request.fileUrl : null,
    thumbUrl: request.kind === "file" ? (request.thumbUrl ?? null) : null,
  });
  if (!created) {
    if (row.conversationId !== request.conversationId) throw new SendError("conflict", "errors.sendIdTaken");
    return row;
  }
  return attempt(deps, row);
}

/**
 * Sends a failed message again. When an earlier attempt's fate is unknown, Afilnet is asked
 * first (one getmessages): if that message went out after all, the send is settled as
 * delivered late and nothing is sent. Unconfirmed sends wait until the sync has settled them.
 */
export async function retrySend(deps: SendDeps, clientId: string): Promise<OutboxRow> {
  const row = await beginRetry(deps.db, clientId);
  if (!row) throw new SendError("not_retryable", "errors.notRetryable");
  if (row.unknownSince) {
    try {
      await lookAgainBeforeRetry(deps.db, deps.client, row.conversationId, row.id);
    } catch (error) {
      if (!(error instanceof AfilnetApiError || error instanceof AfilnetTransportError)) throw error;
      const failed = await transitionOutbox(deps.db, row.id, ["sending"], { state: "failed", errorCode: "NOT_CHECKED", errorMessage: NOT_CHECKED_SENTENCE });
      // A list polled while it was "sending" left out its mark: every list asks again.
      await bumpMirrorVersion(deps.db);
      return failed ?? current(deps, row.id);
    }
  }
  return attempt(deps, row, true);
}

const current = async (deps: SendDeps, id: string) => (await getOutbox(deps.db, id)) as OutboxRow;

async function attempt(deps: SendDeps, row: OutboxRow, retry = false): Promise<OutboxRow> {
  const now = deps.now ?? (() => new Date());
  const logger = deps.logger ?? log;
  const target = await getSendTarget(deps.db, row.conversationId);
  if (!target) throw new SendError("not_found", "errors.conversationGone");
  const input = { platform: target.platform as Platform, platformId: target.platformId, destination: target.destination };
  // The start of the attempt is recorded: a send that never finishes (a crash) is settled later.
  // Nothing to attempt when the look before a retry found its message.
  if (!(await startAttempt(deps.db, row.id, retry))) return current(deps, row.id);
  let outcome: Partial<OutboxRow>;
  try {
    const result = row.fileType
      ? await deps.client.sendFile({ ...input, type: row.fileType as "image", fileUrl: row.fileUrl ?? "", thumbUrl: row.thumbUrl ?? undefined, message: row.text || undefined })
      : await deps.client.sendMessage({ ...input, message: row.text });
    outcome = { state: "sent", messageId: result.messageId ?? null, settledBy: result.messageId ? "answer" : null, resolvedAt: result.messageId ? now() : null };
  } catch (error) {
    if (error instanceof AfilnetApiError) outcome = { state: "failed", errorCode: error.code, errorMessage: error.explanation };
    else if (error instanceof AfilnetTransportError) outcome = { state: "unconfirmed", errorCode: error.kind, errorMessage: UNCONFIRMED_SENTENCE };
    else throw error;
  }
  const updated = await deps.db.transaction(async (tx) => {
    const db = tx as unknown as Db;
    await lockConversation(db, row.conversationId);
    // Without an id (or an answer) anything that turns up from now on may be this attempt's message.
    const unknown = outcome.state === "unconfirmed" || (outcome.state === "sent" && !outcome.messageId);
    const saved = unknown ? await markOutcomeUnknown(db, row.id, { ...outcome, attemptedAt: now() }) : await updateOutbox(db, row.id, { ...outcome, attemptedAt: now() });
    if (saved.state === "sent" && saved.messageId) await recordSentMessage(db, saved, now());
    return saved;
  });
  // A reply that went (or may have) makes its sender the owner of an unassigned conversation.
  if (updated.state !== "failed") await assignOnReply(deps.db, row.conversationId, row.agentId, now());
  // Replying marks the conversation seen, which moves the mirror's version: every list's ETag
  // moves, and with it the row's mark of failed and unconfirmed replies. Any outcome changes
  // what the thread shows (its pending sends), so its version moves even when nothing else did.
  await markConversationSeen(deps.db, row.conversationId);
  await bumpConversationVersion(deps.db, row.conversationId);
  logger.info(
    { event: "inbox_send", outboxId: row.id, agentId: row.agentId, conversationId: row.conversationId, kind: row.fileType ?? "text", state: updated.state, code: updated.errorCode, messageId: updated.messageId },
    "message send",
  );
  return updated;
}

/** The sent message goes into the thread at once, attributed to its agent; Afilnet's id outranks any send's claim by evidence. */
async function recordSentMessage(db: Db, send: OutboxRow, at: Date): Promise<void> {
  await releaseClaims(db, send.conversationId, send.messageId as string, send.id, NOT_DELIVERED_SENTENCE);
  const message = {
    messageId: send.messageId as string,
    direction: "out" as const,
    text: send.text,
    status: "sent",
    at,
    file: send.fileType && send.fileUrl ? { type: send.fileType, url: send.fileUrl, thumbUrl: send.thumbUrl ?? undefined } : undefined,
  };
  await upsertMessages(db, send.conversationId, [message]);
  await linkMessageToAgent(db, send.conversationId, message.messageId, send.agentId);
  await setLatestMessage(db, send.conversationId, message);
  await recountConversation(db, send.conversationId);
}
