"use client";

import { useQueryClient } from "@tanstack/react-query";
import { useCallback, useMemo } from "react";
import type { FileType } from "@/lib/contract/afilnet";
import { isShownCode, type ActionResult } from "@/lib/contract/errors";
import type { PendingSendView } from "@/lib/contract/inbox";
import { discardSendAction, retrySendAction, sendFileAction, sendTextAction } from "@/lib/inbox/send-actions";
import { forgetEtags } from "@/lib/query/inbox-queries";
import { restoreIntoDraft } from "./draft-store";
import { getSend, putSend, updateSend, type LocalSend, type SendRequest } from "./send-store";
import type { ShownSend } from "./visible-sends";
import { inboxKeys } from "@/lib/query/keys";

/**
 * Sending, retrying and editing from the thread. Every send carries an id made here, and a
 * repeated submission with the same id is the same send on the server: "Send again" after an
 * answer that never came can never send twice.
 */
export function useSendActions(conversationId: number) {
  const client = useQueryClient();

  const refresh = useCallback(() => {
    void client.invalidateQueries({ queryKey: inboxKeys.thread(conversationId) });
    void client.invalidateQueries({ queryKey: inboxKeys.lists() });
  }, [client, conversationId]);

  const settle = useCallback(
    async (clientId: string, call: () => Promise<ActionResult<PendingSendView>>): Promise<LocalSend["state"]> => {
      updateSend(clientId, { inFlight: true, error: null });
      let result: ActionResult<PendingSendView>;
      try {
        result = await call();
      } catch {
        // The request or its answer was lost: the send may or may not exist on the server.
        updateSend(clientId, { inFlight: false, state: "unknown", answeredAt: Date.now() });
        refresh();
        return "unknown";
      }
      let shown: LocalSend["state"];
      if (result.ok) {
        const { state, error, messageId } = result.data;
        shown = state === "sending" ? "unconfirmed" : state;
        updateSend(clientId, { inFlight: false, state: shown, error, messageId, answeredAt: Date.now() });
      } else {
        // A server fault leaves the send's fate open; a refusal means nothing was sent.
        shown = isShownCode(result.code) ? "refused" : "unknown";
        updateSend(clientId, { inFlight: false, state: shown, error: { code: result.code, message: result.message }, answeredAt: Date.now() });
      }
      refresh();
      return shown;
    },
    [refresh],
  );

  const submit = useCallback(
    (clientId: string, request: SendRequest) =>
      settle(clientId, () =>
        request.kind === "text"
          ? sendTextAction({ clientId, conversationId, text: request.text })
          : sendFileAction({ clientId, conversationId, type: request.type, fileUrl: request.fileUrl, thumbUrl: request.thumbUrl, caption: request.caption }),
      ),
    [settle, conversationId],
  );

  /** Sends; `afterSent` runs once the server has accepted the send (its answer is "sent"), never otherwise. */
  const send = useCallback(
    (request: SendRequest, afterSent?: () => void) => {
      const clientId = crypto.randomUUID();
      const file = request.kind === "file" ? { type: request.type, url: request.fileUrl, thumbUrl: request.thumbUrl ?? null } : null;
      const text = request.kind === "text" ? request.text : (request.caption ?? "");
      putSend({ clientId, conversationId, request, text, file, inFlight: true, state: "sending", error: null, messageId: null, createdAt: new Date().toISOString(), answeredAt: Date.now() });
      void submit(clientId, request).then((state) => {
        if (state === "sent") afterSent?.();
      });
    },
    [conversationId, submit],
  );

  const retry = useCallback(
    (shown: ShownSend) => {
      const local = getSend(shown.clientId);
      if (!local) putSend({ ...fromShown(shown, conversationId), inFlight: true });
      // Sent again under the same id when the server may not have it; retried when it failed there.
      if (local && !shown.recorded) void submit(shown.clientId, local.request);
      else void settle(shown.clientId, () => retrySendAction({ clientId: shown.clientId }));
    },
    [conversationId, settle, submit],
  );

  const edit = useCallback(
    async (shown: ShownSend) => {
      if (shown.recorded) {
        const result = await discardSendAction({ clientId: shown.clientId }).catch(() => null);
        if (!result?.ok) return result?.message ?? null;
        // Discarding changes no message, so the thread's ETag may not move: ask afresh.
        forgetEtags(`/api/conversations/${conversationId}/`);
      }
      if (!getSend(shown.clientId)) putSend({ ...fromShown(shown, conversationId), inFlight: false });
      updateSend(shown.clientId, { state: "discarded", inFlight: false, answeredAt: Date.now() });
      restoreIntoDraft(conversationId, shown.text);
      refresh();
      return null;
    },
    [conversationId, refresh],
  );

  return useMemo(() => ({ send, retry, edit }), [send, retry, edit]);
}

/** A send known only from the server's list (after a reload) gets a local record to act on. */
function fromShown(shown: ShownSend, conversationId: number) {
  const request: SendRequest = shown.file
    ? { kind: "file", type: shown.file.type as FileType, fileUrl: shown.file.url, thumbUrl: shown.file.thumbUrl ?? undefined, caption: shown.text || undefined }
    : { kind: "text", text: shown.text };
  const { clientId, text, file, error, createdAt } = shown;
  return { clientId, conversationId, request, text, file, state: "failed" as const, error, messageId: null, createdAt, answeredAt: Date.now() };
}
