"use client";

import { clsx } from "clsx";
import { AlertCircle, Clock, Loader2, RotateCw, Undo2 } from "lucide-react";
import { useTranslations } from "next-intl";
import { useState } from "react";
import { Button } from "@/components/ui/button";
import { MessageFile } from "./message-file";
import { sendReason } from "./send-reason";
import type { ShownSend } from "./visible-sends";

interface Props {
  send: ShownSend;
  onRetry: (send: ShownSend) => void;
  onEdit: (send: ShownSend) => Promise<string | null>;
}

/**
 * A send that is not (yet) a message of the thread. Its state line is a live region, so a
 * screen reader hears "sent" or "not sent" without moving focus. One Afilnet has not answered
 * (an outage) can be discarded: its text goes back to the composer, and the sync still checks
 * it once Afilnet answers again.
 */
export function PendingBubble({ send, onRetry, onEdit }: Props) {
  const t = useTranslations("inbox.send");
  const catalog = useTranslations();
  const [editError, setEditError] = useState<string | null>(null);
  const problem = send.state === "failed" || send.state === "refused" || send.state === "unknown";
  const reason = send.state === "unknown" ? t("unknownReason") : sendReason(send.error, catalog);
  return (
    <li className="flex flex-col items-end gap-1" data-testid="pending-send" data-state={send.state} data-client-id={send.clientId}>
      <div
        className={clsx(
          "max-w-[85%] whitespace-pre-wrap break-words rounded-2xl rounded-br-sm px-3 py-2 text-sm sm:max-w-[70%]",
          problem ? "border border-danger bg-surface-raised text-ink" : "border border-accent bg-surface-raised text-ink",
        )}
      >
        {send.file ? <MessageFile file={send.file} caption={send.text} /> : null}
        {send.text ? <p className={clsx(send.file && "mt-1")}>{send.text}</p> : null}
      </div>
      <div role="status" className="flex max-w-[85%] flex-col items-end gap-1 px-1 text-right text-xs sm:max-w-[70%]">
        <span className={clsx("flex items-center gap-1", problem ? "text-danger" : "text-ink-muted")} data-testid="pending-state">
          {send.state === "sending" ? <Loader2 aria-hidden="true" className="h-3 w-3 animate-spin" /> : null}
          {send.state === "unconfirmed" ? <Clock aria-hidden="true" className="h-3 w-3" /> : null}
          {problem ? <AlertCircle aria-hidden="true" className="h-3 w-3" /> : null}
          {t(`state.${send.state}`)}
        </span>
        {send.state === "unconfirmed" ? (
          <span className="text-ink-muted" data-testid="pending-unconfirmed-hint">
            {send.recorded ? t("discardHint") : t("unconfirmedHint")}
          </span>
        ) : null}
        {problem && reason ? (
          <span className="text-ink" data-testid="pending-reason">
            {reason}
          </span>
        ) : null}
        {editError ? <span className="text-danger">{editError}</span> : null}
      </div>
      {send.state === "unconfirmed" && send.recorded ? (
        <Button variant="ghost" className="px-2 py-1 text-xs" data-testid="pending-discard" onClick={async () => setEditError(await onEdit(send))}>
          <Undo2 aria-hidden="true" className="h-3 w-3" />
          {t("discard")}
        </Button>
      ) : null}
      {problem ? (
        <div className="flex gap-2">
          <Button variant="secondary" className="px-2 py-1 text-xs" onClick={() => onRetry(send)} data-testid="pending-retry">
            <RotateCw aria-hidden="true" className="h-3 w-3" />
            {send.state === "unknown" ? t("sendAgain") : t("retry")}
          </Button>
          {send.state !== "unknown" ? (
            <Button
              variant="ghost"
              className="px-2 py-1 text-xs"
              data-testid="pending-edit"
              onClick={async () => setEditError(await onEdit(send))}
            >
              {t("edit")}
            </Button>
          ) : null}
        </div>
      ) : null}
    </li>
  );
}
