"use client";

import { clsx } from "clsx";
import { Check, CheckCheck } from "lucide-react";
import { useTranslations } from "next-intl";
import { memo } from "react";
import type { MessageView } from "@/lib/contract/inbox";
import { LinkifiedText } from "./linkified-text";
import { MessageFile } from "./message-file";
import type { useLocalFormat } from "./use-clock";

type Format = ReturnType<typeof useLocalFormat>;

/** The delivery status in words; a status the contract does not name is shown as it came. */
export function useStatusLabel() {
  const t = useTranslations("inbox.status");
  return (status: string) => (status && t.has(status) ? t(status) : status);
}

function StatusIcon({ status }: { status: string }) {
  if (status === "read") return <CheckCheck aria-hidden="true" className="h-3.5 w-3.5 text-accent" />;
  if (status === "delivered") return <CheckCheck aria-hidden="true" className="h-3.5 w-3.5" />;
  if (status === "sent") return <Check aria-hidden="true" className="h-3.5 w-3.5" />;
  return null;
}

/** A bubble of the thread: inbound on the left, outbound on the right with its status. */
interface Props {
  message: MessageView;
  format: Format;
  /** The message a search opened the thread at: ringed, with the search's words marked. */
  focused?: boolean;
  highlight?: string;
}

export const MessageBubble = memo(function MessageBubble({ message, format, focused = false, highlight }: Props) {
  const t = useTranslations("inbox.thread");
  const statusLabel = useStatusLabel();
  const outbound = message.direction === "out";
  return (
    <li
      className={clsx("flex flex-col gap-1", outbound ? "items-end" : "items-start")}
      data-testid="message"
      data-direction={message.direction}
      data-message-id={message.messageId}
      data-row-id={message.id}
      data-focused={focused || undefined}
    >
      <div
        className={clsx(
          "max-w-[85%] whitespace-pre-wrap break-words rounded-2xl px-3 py-2 text-sm sm:max-w-[70%]",
          outbound ? "rounded-br-sm bg-accent text-accent-ink" : "rounded-bl-sm border border-border bg-surface-raised text-ink",
          focused && "ring-2 ring-highlight ring-offset-2 ring-offset-surface-muted",
        )}
      >
        {message.file ? <MessageFile file={message.file} caption={message.text} fromCustomer={!outbound} /> : null}
        {message.text ? (
          <p className={clsx(message.file && "mt-1")} data-testid="message-text">
            <LinkifiedText text={message.text} highlight={highlight} />
          </p>
        ) : null}
      </div>
      <p className="flex items-center gap-1 px-1 text-xs text-ink-muted">
        {outbound && message.sentBy ? <span data-testid="message-sender">{t("sentBy", { name: message.sentBy })} · </span> : null}
        <time dateTime={message.at} title={outbound ? format.dateTime(message.at) : `${format.dateTime(message.at)} · ${statusLabel(message.status)}`}>
          {format.time(message.at)}
        </time>
        {outbound && message.status ? (
          <span className="flex items-center gap-0.5" data-testid="message-status">
            · <StatusIcon status={message.status} />
            {statusLabel(message.status)}
          </span>
        ) : null}
      </p>
    </li>
  );
});
